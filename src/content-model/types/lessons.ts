import { body, date, groupList, integer, longText, media, select, text, textList } from '../fields';
import { contentType } from '../types';
import { quizField } from '../quiz-field';
import { fieldText as t, typeText } from '../../i18n/vi';
import { choices } from '../choices';

/** Attachments a teacher downloads: a label and a file under /media/. */
export const attachmentsField = (required = false) =>
  groupList('attachments', {
    ...t.attachments,
    required,
    summary: '{{fields.label}}',
    fields: [text('label', { ...t.attachmentLabel, max: 120 }), media('file', { ...t.attachmentFile, kind: 'file' })],
  });

/** An extracurricular lesson for one school level, ready to teach and print. */
export const lessons = contentType({
  name: 'lessons',
  ...typeText.lessons,
  folder: 'lessons',
  format: 'mdx',
  slugField: 'title',
  fields: [
    text('title', { ...t.title, max: 120 }),
    longText('summary', { ...t.summary, max: 300 }),
    select('level', { ...t.level, choices: choices.lessonLevel }),
    integer('durationMinutes', { ...t.durationMinutes, min: 10, max: 240 }),
    longText('classNotes', { ...t.classNotes, max: 300, required: false }),
    textList('objectives', { ...t.objectives, min: 1 }),
    groupList('activities', {
      ...t.lessonActivities,
      min: 1,
      summary: '{{fields.name}}',
      fields: [
        text('name', { ...t.activityName, max: 120 }),
        integer('minutes', { ...t.activityMinutes, min: 1, max: 240 }),
        longText('description', { ...t.activityDescription, max: 800 }),
      ],
    }),
    textList('materials', { ...t.materials, required: false }),
    textList('keyMessages', { ...t.keyMessages, min: 1 }),
    quizField(),
    attachmentsField(),
    groupList('sessions', {
      ...t.sessions,
      required: false,
      summary: '{{fields.date}}: {{fields.place}}',
      fields: [date('date', t.sessionDate), text('place', { ...t.sessionPlace, max: 160 })],
    }),
    body(t.body),
  ],
});
