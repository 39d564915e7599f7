/**
 * Builds the result list's DOM. Everything from the index is treated as untrusted text: only text nodes and
 * the <mark> elements of Pagefind's excerpt are created, never innerHTML.
 */
import { markMatches } from '../query/highlight';
import type { PlanWord } from '../query/query-plan';
import type { PagefindResultData } from './pagefind-api';

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as text nodes and <mark> elements. Given the words
 * searched, a mark that matches none of them (a prefix match of a guessed reading) stays plain text.
 */
export function excerptNodes(excerpt: string, words?: readonly PlanWord[]): Node[] {
  // DOMParser builds an inert document: nothing in it runs or loads.
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK' && (!words?.length || markMatches(node.textContent ?? '', words))) {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** "2026-11-22" as "22/11/2026"; anything else as given. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Only addresses on this site, from its root (the index holds nothing else; this keeps it so). */
function safeHref(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? url : '/';
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result: title link, type badge, date, and the excerpt with the match highlighted (under an h2 or h3). */
export function resultItem(
  data: PagefindResultData,
  words?: readonly PlanWord[],
  level: 'h2' | 'h3' = 'h2',
): HTMLLIElement {
  const item = el('li', '');
  const article = el('article', '');
  const heading = el(level, 'text-xl');
  const link = el('a', '', data.meta.title ?? data.url);
  link.href = safeHref(data.url);
  heading.append(link);
  const facts = el('p', 'mt-1 flex flex-wrap items-center gap-2 text-sm text-muted');
  if (data.meta.type)
    facts.append(el('span', 'rounded bg-brand px-2 py-0.5 text-xs font-semibold text-white', data.meta.type));
  if (data.meta.date) {
    const time = el('time', '', formatIsoDate(data.meta.date));
    time.dateTime = data.meta.date;
    facts.append(time);
  }
  const excerpt = el('p', 'mt-1');
  excerpt.append(...excerptNodes(data.excerpt, words));
  article.append(heading, facts, excerpt);
  item.append(article);
  return item;
}
