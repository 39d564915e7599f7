/** The preview copy of src/components/HotlineBoardView.astro. */
import { createElement as h } from 'react';
import { ui } from '../../src/i18n/vi';
import { formatDateLong, isoDate } from '../../src/utils/dates';
import { formatPhone, telHref } from '../../src/utils/phone';
import type { HotlineContactView } from '../../src/utils/hotline-view';

export interface HotlineBoardProps {
  heading?: string | undefined;
  headingLevel?: 2 | 3;
  contacts: HotlineContactView[];
  mailbox: string;
  note?: string | undefined;
  verifiedOn: Date;
  staleText?: string | undefined;
  exampleNote?: string | undefined;
}

/** A hotline board: one line per contact, the number as a tel: link. */
export function HotlineBoardPreview({
  heading,
  headingLevel = 2,
  contacts,
  mailbox,
  note,
  verifiedOn,
  staleText,
  exampleNote,
}: HotlineBoardProps) {
  return h(
    'section',
    { className: 'card my-4 border-2 border-alert', 'aria-label': heading ?? ui.hotlineTitle },
    heading ? h(`h${headingLevel}`, { className: 'mt-0 mb-2 text-xl' }, heading) : null,
    h(
      'dl',
      { className: 'grid sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-x-6' },
      ...contacts.map((c, i) =>
        h(
          'div',
          {
            key: i,
            className: 'grid gap-1 border-b border-line py-3 sm:col-span-2 sm:grid-cols-subgrid sm:items-baseline',
          },
          h(
            'dt',
            null,
            h('span', { className: 'block font-semibold' }, c.role),
            c.person ? h('span', { className: 'block text-sm text-muted' }, c.person) : null,
          ),
          h(
            'dd',
            null,
            h(
              'a',
              { href: telHref(c.phone), className: 'print-large text-2xl font-bold whitespace-nowrap' },
              formatPhone(c.phone),
            ),
            c.isExample
              ? h(
                  'span',
                  { className: 'ml-2 inline-block text-sm whitespace-nowrap text-alert' },
                  `(${ui.exampleNumber})`,
                )
              : null,
          ),
        ),
      ),
    ),
    h('p', { className: 'mt-3' }, h('strong', null, `${ui.mailbox}:`), ` ${mailbox}`),
    note ? h('p', { className: 'mt-1' }, note) : null,
    h(
      'p',
      { className: 'mt-1 text-sm text-muted' },
      `${ui.verifiedOn}: `,
      h('time', { dateTime: isoDate(verifiedOn) }, formatDateLong(verifiedOn)),
    ),
    staleText ? h('p', { className: 'mt-1 text-sm text-alert' }, staleText) : null,
    exampleNote ? h('p', { className: 'mt-2 text-sm text-alert' }, exampleNote) : null,
  );
}
