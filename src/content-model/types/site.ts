import { boolean, group, groupList, image, integer, longText, phone, reference, text, textList, url } from '../fields';
import { settingsFile } from '../types';
import { fieldText as t, typeText } from '../../i18n/vi';
import { spokenAbbreviationsText as spoken } from '../../i18n/unit-kinds';
import { reportingFieldText as reportingText } from '../../i18n/reporting';

/** The portal's settings: which unit it belongs to, contacts, social pages and publishing targets. */
export const site = settingsFile({
  name: 'site',
  ...typeText.site,
  file: 'settings/site.yaml',
  fields: [
    text('siteName', { ...t.siteName, max: 100 }),
    text('tagline', { ...t.tagline, max: 160 }),
    url('siteUrl', t.siteUrl),
    reference('unit', { ...t.communeRef, collection: 'units', displayField: 'name' }),
    image('logo', { ...t.logo, required: false, altLabel: t.logoAlt }),
    group('contact', {
      ...t.contact,
      fields: [
        text('address', { ...t.address, max: 200 }),
        phone('phone', t.phone),
        boolean('phoneIsExample', { ...t.phoneIsExample, default: false }),
        text('email', { ...t.email, required: false, max: 120 }),
        text('officeHours', { ...t.officeHours, max: 200 }),
      ],
    }),
    group('reporting', {
      ...reportingText.group,
      required: false,
      fields: [
        longText('mailbox', { ...reportingText.mailbox, max: 300 }),
        textList('vneidSteps', { ...reportingText.vneidSteps, min: 1, max: 160 }),
      ],
    }),
    group('social', {
      ...t.social,
      required: false,
      fields: [url('facebook', { ...t.facebook, required: false }), url('zalo', { ...t.zalo, required: false })],
    }),
    group('targets', {
      ...t.targets,
      fields: [
        integer('postsPerWeek', { ...t.postsPerWeek, min: 0, max: 50 }),
        integer('broadcastsPerWeek', { ...t.broadcastsPerWeek, min: 0, max: 50 }),
        integer('lessonsPerSemester', { ...t.lessonsPerSemester, min: 0, max: 50 }),
        integer('boardWarnDays', { ...t.boardWarnDays, min: 1, max: 3650 }),
        integer('boardFailDays', { ...t.boardFailDays, min: 1, max: 3650 }),
      ],
    }),
    longText('footerNote', { ...t.note, required: false, max: 400 }),
    boolean('demo', { ...reportingText.demo, default: false }),
    groupList('spokenAbbreviations', {
      ...spoken.list,
      required: false,
      summary: '{{fields.abbr}}: {{fields.spoken}}',
      fields: [text('abbr', { ...spoken.abbr, max: 40 }), text('spoken', { ...spoken.spoken, max: 160 })],
    }),
  ],
});
