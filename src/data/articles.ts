/** Articles as readers see them: published, not drafts, newest first. */
import { type CollectionEntry } from 'astro:content';
import { entries } from './entries';
import { today } from '../utils/dates';

export type Article = CollectionEntry<'articles'>;

export function isPublished(a: Article, day = today()): boolean {
  return !a.data.draft && a.data.publishDate.getTime() <= day.getTime();
}

export async function getPublishedArticles(): Promise<Article[]> {
  const day = today();
  const all = await entries('articles', (a) => isPublished(a, day));
  return all.sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id));
}

/**
 * Articles sharing the category or a tag, best matches first (more shared, then newer; as listed in `all` when
 * equal). One pass keeping the best `count`: every article page asks, so sorting every candidate cost N² log N.
 */
export function relatedArticles(article: Article, all: Article[], count = 3): Article[] {
  const tags = new Set(article.data.tags ?? []);
  const best: { a: Article; s: number; t: number }[] = [];
  for (const a of all) {
    if (a.id === article.id) continue;
    let s = a.data.category === article.data.category ? 2 : 0;
    for (const tag of a.data.tags ?? []) if (tags.has(tag)) s++;
    if (s === 0) continue;
    const t = a.data.publishDate.getTime();
    // After every kept article that ranks as high or higher: an equal one listed earlier stays ahead.
    let at = best.length;
    while (at > 0 && (best[at - 1]!.s < s || (best[at - 1]!.s === s && best[at - 1]!.t < t))) at--;
    if (at >= count) continue;
    best.splice(at, 0, { a, s, t });
    if (best.length > count) best.pop();
  }
  return best.map((x) => x.a);
}
