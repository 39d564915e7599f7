/** Lessons in the order of school levels, then by title. */
import { type CollectionEntry } from 'astro:content';
import { entries } from './entries';
import { choices } from '../content-model/choices';

export type Lesson = CollectionEntry<'lessons'>;

const levelOrder = choices.lessonLevel.map((l) => l.value as string);

export async function getLessons(): Promise<Lesson[]> {
  const all = await entries('lessons');
  return all.sort(
    (a, b) =>
      levelOrder.indexOf(a.data.level) - levelOrder.indexOf(b.data.level) ||
      a.data.title.localeCompare(b.data.title, 'vi'),
  );
}
