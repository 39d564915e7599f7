/** The report as plain text for the terminal (`npm run report`). */
import { editorialReportText as t } from '../i18n/vi';
import { addDays, formatDateShort } from '../utils/dates';
import type { Report } from './report';
import { quizReportText } from '../i18n/quiz';

export function formatReport(report: Report): string {
  const lines: string[] = [t.title.toUpperCase(), t.asOf(formatDateShort(report.today)), ''];
  for (const w of report.weeks) {
    const label = t.weekLabel(w.week, formatDateShort(w.start), formatDateShort(addDays(w.start, 6)));
    const mark = (met: boolean) => (met ? `✓ ${t.met}` : `✗ ${t.below.toUpperCase()}`);
    lines.push(
      `${w.when === 'current' ? '▶' : ' '} ${label.padEnd(34)} ${t.postsColumn}: ${t.posts(w.posts, w.scheduled, report.targets.postsPerWeek).padEnd(28)} ${mark(w.postsMet).padEnd(12)} ${t.broadcastsColumn}: ${t.broadcasts(w.broadcasts, report.targets.broadcastsPerWeek)} ${mark(w.broadcastsMet)}`,
    );
  }
  const s = report.semester;
  lines.push(
    '',
    `${t.semester(s.number, s.year)}: ${t.sessions(s.sessions, report.targets.lessonsPerSemester)}`,
    '',
    t.keyDatesTitle,
  );
  for (const k of report.keyDates) lines.push(`  ${formatDateShort(k.date)}  ${k.label}`);
  lines.push('', t.boardsTitle);
  const stale = report.boards.filter((b) => b.level !== 'ok');
  if (stale.length === 0) lines.push(`  ${t.boardsAllFresh}`);
  for (const b of stale) lines.push(`  ${t.boardAge(b.unit, b.days, formatDateShort(b.verifiedOn))}`);
  if (report.lessonsWithoutQuiz.length > 0) {
    lines.push('', `${quizReportText.heading} (${quizReportText.hint})`);
    for (const title of report.lessonsWithoutQuiz) lines.push(`  • ${title}`);
  }
  lines.push('', t.alertsTitle);
  lines.push(...(report.alerts.length ? report.alerts.map((a) => `  • ${a}`) : [`  ${t.noAlerts}`]));
  return lines.join('\n');
}
