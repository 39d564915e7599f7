import { boolean, date, groupList, phone, reference, select, text } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';

/** A hotline board: the public numbers of one commune or village, as posted on its notice board. */
export const hotlines = contentType({
  name: 'hotlines',
  ...typeText.hotlines,
  folder: 'hotlines',
  format: 'yaml',
  slugField: 'unit',
  fields: [
    reference('unit', { ...t.unit, collection: 'units', displayField: 'name' }),
    groupList('contacts', {
      ...t.contacts,
      min: 1,
      summary: '{{fields.role}}: {{fields.phone}}',
      fields: [
        select('role', { ...t.role, choices: choices.hotlineRole }),
        text('name', { ...t.personName, required: false, max: 80 }),
        text('title', { ...t.personTitle, required: false, max: 120 }),
        phone('phone', t.phone),
        boolean('isExample', { ...t.isExample, default: false }),
      ],
    }),
    text('mailbox', { ...t.mailbox, max: 200 }),
    date('verifiedOn', t.verifiedOn),
    text('note', { ...t.note, required: false, max: 300 }),
  ],
});
