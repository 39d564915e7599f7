import { body, longText, select, text, textList } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';
import { attachmentsField } from './lessons';

/** A commitment form for households or students, printed and signed. */
export const forms = contentType({
  name: 'forms',
  ...typeText.forms,
  folder: 'forms',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 160 }),
    longText('summary', { ...t.summary, max: 300 }),
    select('audience', { ...t.formAudience, choices: choices.formAudience }),
    textList('commitments', { ...t.commitments, min: 1 }),
    attachmentsField(),
    body(t.body),
  ],
});
