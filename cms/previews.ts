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
import { ArticleTemplate, type TemplateProps } from './previews/article-template';
import { PageFrame } from './previews/article';
import { renderBody } from './previews/body';
import { plain } from './previews/site-data';
import { usePreviewData } from './previews/use-preview-data';

function optionLabel(field: DecapField, value: unknown): string {
  const options = field.options as { label: string; value: string }[] | undefined;
  return options?.find((o) => o.value === value)?.label ?? String(value);
}

/**
 * One object of a list field, its parts by their own fields (a choice by its label, a nested list as a list), joined
 * by " · "; a ticked box shows as "✓ label" and an unticked one is left out.
 */
function renderItem(fields: DecapField[] | undefined, item: Record<string, unknown>): ReactNode[] {
  const parts = fields
    ? fields.map((sub) =>
        sub.widget === 'boolean' ? (item[sub.name] ? `✓ ${sub.label}` : null) : renderValue(sub, item[sub.name]),
      )
    : Object.values(item).filter(Boolean).map(String);
  return parts.filter((p) => p !== null && p !== '').flatMap((p, i) => (i === 0 ? [p] : [' · ', p]));
}

/** One field value as readers would see it. */
function renderValue(field: DecapField, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return null;
  if (field.widget === 'select')
    return Array.isArray(value) ? value.map((v) => optionLabel(field, v)).join(', ') : optionLabel(field, value);
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
        h(
          'li',
          { key: i },
          ...(typeof item === 'object' && item
            ? renderItem(field.fields as DecapField[] | undefined, item as Record<string, unknown>)
            : [String(item)]),
        ),
      ),
    );
  }
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .filter(Boolean)
      .join(' · ');
  return String(value);
}

function previewFor(type: ContentType) {
  const headerFields = new Set(['title', 'name', 'summary', 'body', 'draft']);
  return function Preview({ entry, getCollection }: TemplateProps) {
    const data = usePreviewData(getCollection);
    const get = (name: string) => plain(entry.getIn(['data', name]));
    const title = (get('title') ?? get('name') ?? get('unit') ?? '') as string;
    const facts = type.fields.filter((f) => !headerFields.has(f.name));
    return h(
      PageFrame,
      null,
      h('p', { className: 'text-sm font-semibold uppercase tracking-wide text-brand' }, type.labelSingular),
      h('h1', { className: 'mt-1 text-3xl' }, title),
      get('summary') ? h('p', { className: 'mt-2 text-lg' }, get('summary') as string) : null,
      h(
        'dl',
        { className: 'card my-4 grid gap-x-4 gap-y-1 bg-paper sm:grid-cols-[max-content_1fr]' },
        facts.flatMap((f) => {
          const shown = renderValue(f.decap, get(f.name));
          return shown === null
            ? []
            : [
                h('dt', { key: `${f.name}-t`, className: 'font-semibold' }, f.decap.label),
                h('dd', { key: `${f.name}-d`, className: 'min-w-0 wrap-anywhere' }, shown),
              ];
        }),
      ),
      type.format === 'mdx'
        ? h(
            'div',
            { className: 'mt-6' },
            h('div', { className: 'prose' }, ...renderBody(String(get('body') ?? ''), data)),
          )
        : null,
    );
  };
}

export function registerPreviews(cms: CMS, stylesheet: string): void {
  cms.registerPreviewStyle(stylesheet);
  // Articles have their page's own layout; the other types show their facts the way FactList.astro does.
  for (const type of contentTypes)
    cms.registerPreviewTemplate(type.name, (type.name === 'articles' ? ArticleTemplate : previewFor(type)) as never);
}
