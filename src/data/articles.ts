/** Articles as readers see them: published, not drafts, newest first. */
import { type CollectionEntry } from 'astro:content';
import { entries } from './entries';
import { today } from '../utils/dates';

export type Article = CollectionEntry<'articles'>;

export function isPublished(a: Article, day = today()): boolean {
  return !a.data.draft && a.data.publishDate.getTime() <= day.getTime();
}

export async function getPublishedArticles(): Promise<Article[]> {
  const all = await entries('articles', (a) => isPublished(a));
  return all.sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id));
}

/** Articles sharing the category or a tag, best matches first. */
export function relatedArticles(article: Article, all: Article[], count = 3): Article[] {
  const tags = new Set(article.data.tags ?? []);
  const score = (a: Article) =>
    (a.data.category === article.data.category ? 2 : 0) + (a.data.tags ?? []).filter((t) => tags.has(t)).length;
  return all
    .filter((a) => a.id !== article.id)
    .map((a) => ({ a, s: score(a) }))
    .filter((x) => x.s > 0)
    .sort((x, y) => y.s - x.s || y.a.data.publishDate.getTime() - x.a.data.publishDate.getTime())
    .slice(0, count)
    .map((x) => x.a);
}
