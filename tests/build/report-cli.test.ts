/** `npm run report`: the same figures as the dashboard, from the content folder, with --strict for alerting. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixtureSite, projectRoot } from '../helpers/build';

function report(args: string[], today: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'tools/cli/report.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixtureSite('dien-bien'), BUILD_DATE: today },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run report', () => {
  it('prints the weeks in Vietnamese, with the current one marked', () => {
    const { status, out } = report([], '2026-11-11');
    expect(status).toBe(0);
    expect(out).toContain('CHỈ TIÊU TUYÊN TRUYỀN');
    expect(out).toMatch(/▶ Tuần 46 \(09\/11\/2026 – 15\/11\/2026\)\s+Bài đăng: 1 \/ 1\s+✓ Đạt/);
  });

  it('gives the figures as JSON', () => {
    const data = JSON.parse(report(['--json'], '2026-11-11').out);
    expect(data.weeks).toHaveLength(16);
    expect(data.targets.postsPerWeek).toBe(1);
  });

  it('exits 1 with --strict when this week is below target', () => {
    const { status, out, err } = report(['--strict'], '2026-11-25');
    expect(status).toBe(1);
    expect(out).toContain('Tuần này mới có 0 bài (kể cả bài hẹn giờ), chỉ tiêu 1 bài.');
    expect(err).toContain('Chưa đạt chỉ tiêu');
  });
});
