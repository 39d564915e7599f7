/** One code base, many communes: a second content folder builds through CONTENT_DIR with no code change. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureSite, type BuildResult } from '../helpers/build';
import { internalLinks, pagePaths, readPage, resolvesIn } from '../helpers/site-files';
import { routes } from '../../src/utils/routes';

let build: BuildResult;
beforeAll(() => {
  build = buildSite(fixtureSite('dien-bien'));
  if (!build.ok) throw new Error(build.output);
});

describe('a second commune (phường Điện Biên) through CONTENT_DIR', () => {
  it('shows its own name and its own hotline, not the demo commune', () => {
    const home = readPage(build.outDir, '/');
    expect(home).toContain('Phòng, chống ma túy phường Điện Biên');
    expect(home).toContain('href="tel:02373851152"');
    expect(home).not.toContain('Lạc Phượng');
  });

  it('builds every page type', () => {
    const pages = pagePaths(build.outDir);
    for (const path of [
      '/',
      '/404.html',
      '/bai-viet/',
      '/bai-viet/chuyen-muc/ma-tuy-moi/',
      '/bai-viet/ma-tuy-nup-bong/',
      '/duong-day-nong/',
      '/duong-day-nong/to-dan-pho-1/',
      '/mo-hinh/',
      '/mo-hinh/gia-dinh-khong-ma-tuy/',
      '/bai-giang/',
      '/bai-giang/cap/thcs/',
      '/bai-giang/nhan-biet-ma-tuy/',
      '/chien-dich/',
      '/chien-dich/thang-hanh-dong-2026/',
      '/van-ban/',
      '/van-ban/ke-hoach-hanh-dong/',
      '/phat-thanh/',
      '/phat-thanh/loa-phuong/',
      '/mau-cam-ket/',
      '/mau-cam-ket/cam-ket-hoc-sinh/',
      '/gioi-thieu/',
    ]) {
      expect(pages).toContain(path);
    }
  });

  it('has lang="vi" on every page and no broken internal link', () => {
    for (const path of pagePaths(build.outDir)) {
      const html = readPage(build.outDir, path);
      expect(html, path).toContain(path === routes.english() ? '<html lang="en"' : '<html lang="vi"');
      for (const link of internalLinks(html)) expect(resolvesIn(build.outDir, link), `${path} → ${link}`).toBe(true);
    }
  });

  it('lists its real, unnumbered plan with its issuing body and "chưa có số"', () => {
    const list = readPage(build.outDir, '/van-ban/');
    expect(list).toContain('Ủy ban nhân dân phường Điện Biên, thành phố Thanh Hóa');
    expect(list).toContain('Chưa có số');
  });

  it('writes its own RSS feed and sitemap at its own address', () => {
    expect(readPage(build.outDir, '/rss.xml')).toContain('https://dienbien.example.vn/bai-viet/ma-tuy-nup-bong/');
    expect(readPage(build.outDir, '/sitemap-0.xml')).toContain(
      'https://dienbien.example.vn/duong-day-nong/to-dan-pho-2/',
    );
  });
});
