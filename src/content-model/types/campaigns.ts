import { body, date, groupList, longText, text } from '../fields';
import { contentType } from '../types';
import { fieldText as t, messages, typeText } from '../../i18n/vi';

/** A campaign such as the June Action Month, with its slogan, period and key dates. */
export const campaigns = contentType({
  name: 'campaigns',
  ...typeText.campaigns,
  folder: 'campaigns',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 120 }),
    longText('summary', { ...t.summary, max: 300 }),
    text('theme', { ...t.theme, max: 200 }),
    text('slogan', { ...t.slogan, max: 200 }),
    date('startDate', t.startDate),
    date('endDate', t.endDate),
    groupList('keyDates', {
      ...t.keyDates,
      required: false,
      summary: '{{fields.date}}: {{fields.label}}',
      fields: [date('date', t.keyDate), text('label', { ...t.keyDateLabel, max: 160 })],
    }),
    body(t.body),
  ],
  rules: [
    { field: 'endDate', message: messages.endBeforeStart, check: (d) => (d.endDate as Date) >= (d.startDate as Date) },
  ],
});
