/**
 * `npm run report [-- --strict] [-- --json]`: the editors' targets week by week, from the content folder.
 * With --strict it exits 1 when a target of this week or the last is missed or a board is stale, so a host can alert.
 */
import { buildReport } from '../../src/editorial/report.ts';
import { formatReport } from '../../src/editorial/format-report.ts';
import { loadReportInput } from '../../src/editorial/load.ts';
import { editorialReportText } from '../../src/i18n/vi.ts';
import { contentDir } from '../../src/utils/content-dir.ts';
import { today } from '../../src/utils/dates.ts';

const args = new Set(process.argv.slice(2));
const report = buildReport(loadReportInput(contentDir(), today()));
console.log(args.has('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
if (args.has('--strict') && report.alerts.length > 0) {
  console.error(`\n${editorialReportText.strictFailed}`);
  process.exit(1);
}
