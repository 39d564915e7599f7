import { body, boolean, date, image, longText, multiSelect, select, text, textList } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';

/** Awareness articles and local news: the weekly posts residents read and share. */
export const articles = contentType({
  name: 'articles',
  ...typeText.articles,
  folder: 'articles',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 120 }),
    longText('summary', { ...t.summary, max: 300 }),
    date('publishDate', t.publishDate),
    date('updatedDate', { ...t.updatedDate, required: false }),
    select('category', { ...t.category, choices: choices.articleCategory }),
    multiSelect('audiences', { ...t.audiences, choices: choices.audience, min: 1 }),
    textList('tags', { ...t.tags, required: false, max: 40 }),
    image('cover', { ...t.cover, required: false, altLabel: t.coverAlt }),
    boolean('draft', { ...t.draft, default: false }),
    body(t.body),
  ],
});
