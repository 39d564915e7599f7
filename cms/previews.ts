/**
 * Preview templates: each entry is shown with the site's own stylesheet and a layout close to its page,
 * driven by the content model so every type and field is covered.
 */
import { createElement as h, type ReactNode } from 'react';
import type { CMS } from 'decap-cms-core';
import { contentTypes } from '../src/content-model/registry';
import type { ContentType } from '../src/content-model/types';
import type { DecapField } from '../src/content-model/fields';
import { formatDateShort, parseCalendarDate } from '../src/utils/dates';

interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => ReactNode;
}

/** Immutable.js values (lists, maps) to plain JS. */
function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS: () => unknown }).toJS() : value;
}

function optionLabel(field: DecapField, value: unknown): string {
  const options = field.options as { label: string; value: string }[] | undefined;
  return options?.find((o) => o.value === value)?.label ?? String(value);
}

/** One field value as readers would see it. */
function renderValue(field: DecapField, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return null;
  if (field.widget === 'select') return Array.isArray(value) ? value.map((v) => optionLabel(field, v)).join(', ') : optionLabel(field, value);
  if (field.widget === 'boolean') return value ? '✓' : '—';
  if (field.widget === 'datetime' && typeof value === 'string') {
    const day = parseCalendarDate(value.slice(0, 10));
    return day ? formatDateShort(day) : value;
  }
  if (Array.isArray(value)) {
    return h(
      'ul',
      { className: 'list-disc pl-6' },
      value.map((item, i) =>
        h('li', { key: i }, typeof item === 'object' && item ? Object.values(item as Record<string, unknown>).filter(Boolean).join(' · ') : String(item)),
      ),
    );
  }
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).filter(Boolean).join(' · ');
  return String(value);
}

function previewFor(type: ContentType) {
  const headerFields = new Set(['title', 'name', 'summary', 'body', 'draft']);
  return function Preview({ entry, widgetFor }: PreviewProps) {
    const get = (name: string) => plain(entry.getIn(['data', name]));
    const title = (get('title') ?? get('name') ?? get('unit') ?? '') as string;
    const facts = type.fields.filter((f) => !headerFields.has(f.name));
    return h(
      'main',
      { className: 'mx-auto max-w-5xl px-4 py-6 font-sans' },
      h('p', { className: 'text-sm font-semibold uppercase tracking-wide text-brand' }, type.labelSingular),
      h('h1', { className: 'mt-1 text-3xl' }, title),
      get('summary') ? h('p', { className: 'mt-2 text-lg' }, get('summary') as string) : null,
      h(
        'dl',
        { className: 'card my-4 grid gap-x-4 gap-y-1 bg-paper sm:grid-cols-[max-content_1fr]' },
        facts.flatMap((f) => {
          const shown = renderValue(f.decap, get(f.name));
          return shown === null ? [] : [h('dt', { key: `${f.name}-t`, className: 'font-semibold' }, f.decap.label), h('dd', { key: `${f.name}-d` }, shown)];
        }),
      ),
      type.format === 'mdx' ? h('div', { className: 'prose mt-6' }, widgetFor('body')) : null,
    );
  };
}

export function registerPreviews(cms: CMS, stylesheet: string): void {
  cms.registerPreviewStyle(stylesheet);
  for (const type of contentTypes) cms.registerPreviewTemplate(type.name, previewFor(type) as never);
}
