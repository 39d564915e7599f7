/** The preview copy of src/components/content/KeyDate.astro. */
import { createElement as h } from 'react';
import { ui } from '../../src/i18n/vi';
import { previewText } from '../../src/i18n/previews';
import { formatDateWithWeekday } from '../../src/utils/dates';

export interface KeyDateProps {
  /** YYYY-MM-DD */
  date?: string | undefined;
  label?: string | undefined;
}

/** A key date: the day large, the label and the weekday beside it. */
export function KeyDatePreview({ date = '', label = '' }: KeyDateProps) {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}/.test(date) && !Number.isNaN(day.getTime());
  return h(
    'div',
    {
      role: 'group',
      className: 'my-4 flex items-center gap-4 rounded border-2 border-brand p-4',
      'aria-label': `${ui.keyDate}: ${label}`,
    },
    h(
      'span',
      { className: 'text-center font-bold text-brand' },
      h(
        'span',
        { className: 'block text-3xl leading-none' },
        valid ? `${day.getUTCDate()}/${day.getUTCMonth() + 1}` : '?',
      ),
      h('span', { className: 'block text-sm' }, valid ? String(day.getUTCFullYear()) : ''),
    ),
    h(
      'span',
      null,
      h('span', { className: 'block font-bold' }, label),
      h(
        'span',
        { className: valid ? 'block text-sm text-muted' : 'block text-sm text-alert' },
        valid ? formatDateWithWeekday(day) : previewText.keyDateInvalid(date),
      ),
    ),
  );
}
