/**
 * Which sections of the site have something to show. A new commune starts with boards only: a section with no
 * published entry is left out of the menu, the home page, the search page's list and the sitemap until its first
 * entry, and its list page (kept so an old bookmark still works) shows a short notice and is not indexed.
 */
import { getPublishedArticles } from './articles';
import { entries } from './entries';
import { getLessons } from './lessons';
import type { Section } from '../utils/routes';

let shown: Promise<ReadonlySet<Section>> | undefined;

async function findShown(): Promise<ReadonlySet<Section>> {
  const counts: Record<Section, number> = {
    articles: (await getPublishedArticles()).length,
    hotlines: (await entries('hotlines')).length,
    programmes: (await entries('programmes')).length,
    lessons: (await getLessons()).length,
    campaigns: (await entries('campaigns')).length,
    documents: (await entries('documents')).length,
    broadcasts: (await entries('broadcasts')).length,
    forms: (await entries('forms')).length,
    about: 1,
  };
  return new Set((Object.keys(counts) as Section[]).filter((s) => counts[s] > 0));
}

/** The sections that have at least one published entry (the about page always). */
export function shownSections(): Promise<ReadonlySet<Section>> {
  shown ??= findShown();
  return shown;
}

/** Whether `section` has something to show. */
export async function isShown(section: Section): Promise<boolean> {
  return (await shownSections()).has(section);
}
