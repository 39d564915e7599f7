import { body, date, longText, media, patterned, select, text } from '../fields';
import { contentType } from '../types';
import { choices, fieldText as t, messages, typeText } from '../../i18n/vi';

/** An official document: a plan, decision, directive or report, with its number and symbol. */
export const documents = contentType({
  name: 'documents',
  ...typeText.documents,
  folder: 'documents',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 200 }),
    // "240/KH-UBND", "45-KH/ĐU", "103/KH-CAX": a number, then a symbol of capitals and dashes.
    patterned('number', { ...t.documentNumber, pattern: /^[0-9]+[/-][A-ZĐ0-9]+([/-][A-ZĐ0-9]+)*$/u, message: messages.documentNumber }),
    select('kind', { ...t.documentKind, choices: choices.documentKind }),
    text('issuer', { ...t.issuer, max: 160 }),
    date('issueDate', t.issueDate),
    longText('summary', { ...t.summary, max: 400 }),
    media('attachment', { ...t.attachment, required: false, kind: 'file' }),
    body(t.body),
  ],
});
