/** The editor's week in the build: scheduled posts go live on their day; stale hotline boards warn, then stop the build. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { pagePaths, readPage } from '../helpers/site-files';

const scheduled = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/editorial/scheduled'));
const slug = '/bai-viet/bai-hen-gio-dau-thang-12/';

describe('scheduled publishing', () => {
  it('keeps a future article out of pages, lists, feed and sitemap before its date', () => {
    const before = buildSite(scheduled, { BUILD_DATE: '2026-11-30' });
    expect(before.ok, before.output).toBe(true);
    expect(pagePaths(before.outDir)).not.toContain(slug);
    expect(readPage(before.outDir, '/bai-viet/')).not.toContain('Bài hẹn giờ đầu tháng 12');
    expect(readPage(before.outDir, '/rss.xml')).not.toContain(slug);
    expect(readPage(before.outDir, '/sitemap-0.xml')).not.toContain(slug);
  });

  it('publishes it from its date on', () => {
    const after = buildSite(scheduled, { BUILD_DATE: '2026-12-01' });
    expect(after.ok, after.output).toBe(true);
    expect(pagePaths(after.outDir)).toContain(slug);
    expect(readPage(after.outDir, '/bai-viet/')).toContain('Bài hẹn giờ đầu tháng 12');
    expect(readPage(after.outDir, '/rss.xml')).toContain(slug);
  });

  it('never publishes a draft, even long after its date, while the build succeeds', () => {
    const later = buildSite(scheduled, { BUILD_DATE: '2027-01-01' });
    expect(later.ok, later.output).toBe(true);
    const draft = '/bai-viet/ban-nhap-chua-duyet/';
    expect(pagePaths(later.outDir)).not.toContain(draft);
    for (const where of ['/bai-viet/', '/rss.xml', '/sitemap-0.xml'])
      expect(readPage(later.outDir, where), where).not.toContain(draft);
    // The scheduled article of the same folder is out by then: the build did publish what it should.
    expect(pagePaths(later.outDir)).toContain(slug);
  });
});

describe('stale hotline boards', () => {
  it('warn past the warning window and still build', () => {
    // The fixture's boards were checked on 2026-10-15 and 2026-11-01; the windows are 90 and 180 days.
    const result = buildSite(fixtureSite('dien-bien'), { BUILD_DATE: '2027-02-01' });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain(
      'Cảnh báo: bảng số điện thoại tổ dân phố Số 1 chưa được kiểm tra 109 ngày (quá 90 ngày)',
    );
  });

  it('stop the build past the failure window, naming the file and the field', () => {
    const result = buildSite(fixtureSite('dien-bien'), { BUILD_DATE: '2027-05-01' });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('hotlines/to-dan-pho-1.yaml');
    expect(result.output).toContain(
      'verifiedOn: bảng số điện thoại tổ dân phố Số 1 chưa được kiểm tra 198 ngày (quá 180 ngày)',
    );
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
