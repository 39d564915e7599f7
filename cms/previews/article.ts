/** The preview of an article: the markup of its page (src/pages/bai-viet/[slug].astro) inside the page frame of src/layouts/Base.astro. */
import { createElement as h, Fragment, type ReactNode } from 'react';
import { ui } from '../../src/i18n/vi';
import { choiceLabel } from '../../src/i18n/choices';
import { formatDateLong, isoDate, parseCalendarDate } from '../../src/utils/dates';
import { readingMinutes } from '../../src/utils/reading-time';
import { routes } from '../../src/utils/routes';

/** An article's fields as the editor holds them. */
export interface ArticleValues {
  title?: string;
  summary?: string;
  publishDate?: string;
  updatedDate?: string;
  category?: string;
  audiences?: string[];
  tags?: string[];
  cover?: { src?: string; alt?: string } | string;
  body?: string;
}

/** A choice's label; a value the model does not know (a hand-edited file) is shown as written. */
function label(key: 'articleCategory' | 'audience', value: string): string {
  try {
    return choiceLabel(key, value);
  } catch {
    return value;
  }
}

function dateText(value: string | undefined): ReactNode {
  const day = value ? parseCalendarDate(value.slice(0, 10)) : undefined;
  return day ? h('time', { dateTime: isoDate(day) }, formatDateLong(day)) : null;
}

/** The main element of the site's pages, as Base.astro writes it. */
export function PageFrame({ children }: { children?: ReactNode }) {
  return h('main', { id: 'noi-dung', className: 'mx-auto w-full max-w-5xl flex-1 px-4 py-6' }, children);
}

/** An article as its page shows it; `body` is the rendered body, `coverUrl` the cover's address in the CMS (checked by the caller). */
export function ArticlePreview({
  values,
  body,
  coverUrl,
}: {
  values: ArticleValues;
  body: ReactNode[];
  coverUrl?: string | undefined;
}) {
  const category = values.category ? label('articleCategory', values.category) : '';
  const cover = typeof values.cover === 'object' ? values.cover : undefined;
  const src = coverUrl;
  const updated = dateText(values.updatedDate);
  return h(
    PageFrame,
    null,
    h(
      'article',
      null,
      h(
        'p',
        { className: 'text-sm font-semibold uppercase tracking-wide text-brand' },
        values.category ? h('a', { href: routes.category(values.category) }, category) : null,
      ),
      h('h1', { className: 'mt-1 text-3xl' }, values.title ?? ''),
      h(
        'p',
        { className: 'mt-2 text-sm text-muted' },
        `${ui.publishedOn} `,
        dateText(values.publishDate),
        updated ? h(Fragment, null, ` · ${ui.updatedOn} `, updated) : null,
        ` · ${ui.readingTime(readingMinutes(values.body ?? ''))}`,
      ),
      h('p', { className: 'mt-4 text-lg' }, values.summary ?? ''),
      src ? h('img', { className: 'mt-4 w-full rounded', src, alt: cover?.alt ?? '' }) : null,
      h('div', { className: 'mt-6' }, h('div', { className: 'prose' }, ...body)),
      h(
        'p',
        { className: 'mt-6 text-sm' },
        h('strong', null, `${ui.audiences}:`),
        ` ${(values.audiences ?? []).map((a) => label('audience', a)).join(', ')}`,
      ),
      values.tags && values.tags.length > 0
        ? h(
            'p',
            { className: 'mt-2 flex flex-wrap gap-2 text-sm' },
            h('strong', null, `${ui.tags}:`),
            ...values.tags.map((t, i) => h('span', { key: i, className: 'tag' }, t)),
          )
        : null,
    ),
  );
}
