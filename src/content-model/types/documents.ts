import { body, date, longText, media, patterned, select, text } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';
import { documentText as d } from '../../i18n/documents';

/** A symbol: capitals and digits in parts joined by - or / ("KH-UBND", "KH/ĐU"). */
const SYMBOL = /^[A-ZĐ0-9]+(?:[/-][A-ZĐ0-9]+)*$/u;
/** The number as written: digits (possibly not yet filled in), then / or -, then the symbol. */
const NUMBER = /^(?:[0-9]+\s?)?[/-][A-ZĐ0-9]+(?:[/-][A-ZĐ0-9]+)*$/u;

/** An official document: a plan, decision, directive or report, with its number and symbol. */
export const documents = contentType({
  name: 'documents',
  ...typeText.documents,
  folder: 'documents',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 200 }),
    // As written on the document: "240/KH-UBND", "45-KH/ĐU", "103/KH-CAX", or "/KH-UBND-CA" when the number was
    // to be filled in by hand after signing. Unnumbered documents leave it empty (shown as "chưa có số").
    patterned('number', { ...d.number, required: false, pattern: NUMBER, message: d.numberMessage }),
    patterned('symbol', { ...d.symbol, required: false, pattern: SYMBOL, message: d.symbolMessage }),
    select('kind', { ...t.documentKind, choices: choices.documentKind }),
    text('issuer', { ...t.issuer, max: 160 }),
    date('issueDate', t.issueDate),
    longText('summary', { ...t.summary, max: 400 }),
    media('attachment', { ...t.attachment, required: false, kind: 'file' }),
    body(t.body),
  ],
  rules: [
    {
      field: 'symbol',
      message: d.mismatch,
      check: (v) =>
        !v.number ||
        !v.symbol ||
        String(v.number).endsWith(`/${String(v.symbol)}`) ||
        String(v.number).endsWith(`-${String(v.symbol)}`),
    },
  ],
});
