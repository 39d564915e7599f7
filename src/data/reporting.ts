/** The one set of reporting facts (mailbox, VNeID steps): the site settings, else the kit's defaults. */
import { reportingDefaults, reportingText } from '../i18n/reporting';
import { ui } from '../i18n/vi';
import { curlyQuotes } from '../utils/quotes';

/** The reporting facts every page and print shows. */
export interface ReportingFacts {
  /** Where the crime-report mailboxes stand, for the whole commune. */
  mailbox: string;
  /** How to report in the VNeID app, one step a line. */
  vneidSteps: readonly string[];
}

/** The facts from the settings' `reporting` group, each falling back to the default when not written; quotes curly. */
export function reportingFacts(settings: { reporting?: { mailbox: string; vneidSteps: string[] } }): ReportingFacts {
  return {
    mailbox: curlyQuotes(settings.reporting?.mailbox ?? reportingDefaults.mailbox),
    vneidSteps: (settings.reporting?.vneidSteps ?? reportingDefaults.vneidSteps).map(curlyQuotes),
  };
}

/** The reporting steps as sentences read aloud: the heading, the call, the mailbox, VNeID and its steps, in person. */
export function reportSentences(facts: ReportingFacts, [call, inPerson]: readonly string[]): string[] {
  const steps = facts.vneidSteps.map((step, i) => `${reportingText.step(i + 1)} ${step}`).join(' ');
  return [
    `${ui.howToReport}.`,
    call ?? '',
    `${reportingText.mailbox} ${facts.mailbox}`,
    `${reportingText.vneid} ${steps}`,
    inPerson ?? '',
  ].filter(Boolean);
}
