import { integer, longText, reference, select, text } from '../fields';
import { contentType } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';

/** The commune or ward itself, and each of its villages or residential groups. */
export const units = contentType({
  name: 'units',
  ...typeText.units,
  folder: 'units',
  format: 'yaml',
  slugField: 'name',
  fields: [
    text('name', { ...t.name, max: 80 }),
    select('kind', { ...t.unitKind, choices: choices.unitKind }),
    select('residentialKind', { ...t.residentialKind, required: false, choices: choices.residentialKind }),
    reference('parent', { ...t.parent, required: false, collection: 'units', displayField: 'name' }),
    text('province', { ...t.province, required: false, max: 80 }),
    text('address', { ...t.address, required: false, max: 200 }),
    text('officeHours', { ...t.officeHours, required: false, max: 200 }),
    longText('description', { ...t.population, required: false, max: 400 }),
    integer('order', { ...t.order, required: false, min: 0, max: 9999 }),
  ],
});
