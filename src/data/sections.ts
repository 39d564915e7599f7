/**
 * Which sections of the site have something to show. A new commune starts with boards only: a section with no
 * published entry is left out of the menu, the home page, the search page's list and the sitemap until its first
 * entry, and its list page (kept so an old bookmark still works) shows a short notice and is not indexed.
 * Worked out once per build, and in the preview again after a save (keyed on the entries' digests, content-key.ts).
 */
import { getPublishedArticles } from './articles';
import { entries } from './entries';
import { getLessons } from './lessons';
import { contentKey, keyedMemo } from './content-key';
import { today } from '../utils/dates';
import type { Section } from '../utils/routes';

const memo = keyedMemo<ReadonlySet<Section>>();
const COUNTED = [
  'articles',
  'hotlines',
  'programmes',
  'lessons',
  'campaigns',
  'documents',
  'broadcasts',
  'forms',
] as const;

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
export async function shownSections(): Promise<ReadonlySet<Section>> {
  // Today is part of the key: an article scheduled for a later day is published once that day comes.
  return memo(`${await contentKey(COUNTED)}\n${today().getTime()}`, findShown);
}

/** Whether `section` has something to show. */
export async function isShown(section: Section): Promise<boolean> {
  return (await shownSections()).has(section);
}
