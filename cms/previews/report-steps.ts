/** The preview copy of src/components/ReportStepsView.astro. */
import { createElement as h } from 'react';
import { reportingText } from '../../src/i18n/reporting';
import { ui } from '../../src/i18n/vi';

export interface ReportStepsProps {
  headingLevel?: 2 | 3;
  call: string;
  mailbox: string;
  vneidSteps: readonly string[];
  inPerson: string;
}

/** How to report: call, mailbox, VNeID steps, in person. */
export function ReportStepsPreview({ headingLevel = 2, call, mailbox, vneidSteps, inPerson }: ReportStepsProps) {
  return h(
    'section',
    { className: 'card my-4' },
    h(`h${headingLevel}`, { className: 'mt-0 text-xl' }, ui.howToReport),
    h(
      'ol',
      { className: 'mt-2 list-decimal pl-6' },
      h('li', null, call),
      h('li', null, `${reportingText.mailbox} ${mailbox}`),
      h(
        'li',
        null,
        reportingText.vneid,
        h('ol', { className: 'list-[lower-alpha] pl-6' }, ...vneidSteps.map((step, i) => h('li', { key: i }, step))),
        h('p', { className: 'text-sm text-muted' }, reportingText.appNote),
      ),
      h('li', null, inPerson),
    ),
    h('p', { className: 'mt-2 font-semibold' }, ui.emergency),
  );
}
