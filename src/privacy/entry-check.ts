/** The privacy guard as a gate of the content loader (src/content-model/entry-checks.ts), wired in src/content.config.ts. */
import type { EntryCheck } from '../content-model/entry-checks';
import { entryReportText as t } from '../i18n/content-errors';
import { privacyKinds, privacyText } from '../i18n/safety';
import { collectionProblems, entryFileProblems } from './gate';
import { formatProblems, type PrivacyProblem } from './guard';

/** Personal data in a content file or its uploads stops it, with the guard's own report. */
export const privacyCheck: EntryCheck<PrivacyProblem> = {
  collection: collectionProblems,
  file: entryFileProblems,
  report: (found, root) => formatProblems([...found], root),
  items: (found) =>
    found.map((p) => ({
      where: t.privacyWhere(p.where),
      cause: p.kind === 'unreadable' ? p.text : `${privacyKinds[p.kind]}: "${p.text}"`,
    })),
  fixes: (found) => (found.some((p) => p.kind !== 'unreadable') ? [privacyText.fix] : []),
};
