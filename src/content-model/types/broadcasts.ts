import { body, date, longText, text } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';

/** A loudspeaker script, read out on the commune's public address system. */
export const broadcasts = contentType({
  name: 'broadcasts',
  ...typeText.broadcasts,
  folder: 'broadcasts',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 120 }),
    longText('summary', { ...t.summary, max: 300 }),
    date('publishDate', t.publishDate),
    date('scheduledWeek', { ...t.scheduledWeek, required: false }),
    body(t.body),
  ],
});
