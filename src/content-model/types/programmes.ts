import { body, date, image, longText, select, text, textList } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';

/** A local model programme (mô hình): its goal, members, activities and results. */
export const programmes = contentType({
  name: 'programmes',
  ...typeText.programmes,
  folder: 'programmes',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 120 }),
    longText('summary', { ...t.summary, max: 300 }),
    select('kind', { ...t.programmeKind, choices: choices.programmeKind }),
    text('place', { ...t.place, max: 160 }),
    date('since', t.since),
    text('members', { ...t.members, max: 160 }),
    textList('activities', { ...t.activities, min: 1 }),
    textList('results', { ...t.results, required: false }),
    image('cover', { ...t.cover, required: false, altLabel: t.coverAlt }),
    body(t.body),
  ],
});
