/**
 * The third commune (xã Cẩm Tân, tests/fixtures/sites/cam-tan) with its real plan, numbered "/KH-UBND-CA" as
 * written, plus a document with no number and an article typed on a Mac (NFD: bodies, headings, alt text,
 * component props). One build: numbers read as written or "chưa có số", lists name the issuing body, and no
 * page of the site holds an NFD sequence.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/utils/built-pages';
import { buildSite, fixtureSite, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { readPage } from '../helpers/site-files';

const nfd = (s: string) => s.normalize('NFD');

/** A layer holding an unnumbered document and an article, every byte of their text in NFD, and an image. */
function nfdLayer(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'nfd-layer-')), 'content');
  mkdirSync(join(dir, 'documents'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'media'), { recursive: true });
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(200);
  writeFileSync(join(dir, 'media/bang-tin-thon.png'), PNG.sync.write(png));
  writeFileSync(
    join(dir, 'documents/ke-hoach-tuyen-truyen-luu-dong.mdx'),
    nfd(`---
title: Kế hoạch tuyên truyền lưu động phòng, chống ma túy tại các thôn
kind: ke-hoach
issuer: Công an xã Cẩm Tân
issueDate: 2024-11-25
summary: Lịch tuyên truyền lưu động tại nhà văn hóa các thôn trong tháng 12.
---

## Lịch tuyên truyền ở nhà văn hóa thôn

Đoàn tuyên truyền đến từng thôn vào tối thứ Bảy hằng tuần.
`),
  );
  writeFileSync(
    join(dir, 'articles/bai-viet-go-tren-may-mac.mdx'),
    nfd(`---
title: Người dân thôn 1 chung tay phòng, chống ma túy
summary: Bà con thôn 1 cùng nhau giữ thôn xóm bình yên.
publishDate: 2026-11-10
category: tin-dia-phuong
audiences: [nguoi-dan]
---

## Đường dây nóng của thôn ở đâu?

Bảng niêm yết đặt ở nhà văn hóa; mỗi người dân là một chiến sỹ.

![Bảng tin của thôn ghi số điện thoại đường dây nóng](/media/bang-tin-thon.png)

<Callout type="info" title="Ghi nhớ số điện thoại">Khi khẩn cấp, gọi 113.</Callout>

<KeyDate date="2026-06-26" label="Ngày toàn dân phòng, chống ma túy" />
`),
  );
  return dir;
}

let build: BuildResult;
beforeAll(() => {
  build = buildSite(overlay(fixtureSite('cam-tan'), nfdLayer()));
  if (!build.ok) throw new Error(build.output);
}, 300_000);

describe('real documents', () => {
  it('list every document with its issuing body, and its number as written or "chưa có số"', () => {
    const list = readPage(build.outDir, '/van-ban/');
    expect(list).toContain('Ủy ban nhân dân xã Cẩm Tân, huyện Cẩm Thủy, tỉnh Thanh Hóa');
    expect(list).toContain('Công an xã Cẩm Tân');
    expect(list).toContain('Số, ký hiệu /KH-UBND-CA');
    expect(list).toContain('Chưa có số');
    expect(list).not.toContain('Số, ký hiệu chưa có số');
  });

  it('show the partial number on the document page, never an invented one', () => {
    const page = readPage(build.outDir, '/van-ban/ke-hoach-xay-dung-xa-khong-ma-tuy/');
    expect(page).toContain('/KH-UBND-CA');
    expect(page).not.toMatch(/\d+\/KH-UBND-CA/);
    expect(readPage(build.outDir, '/van-ban/ke-hoach-tuyen-truyen-luu-dong/')).toContain('chưa có số');
  });
});

describe('NFC everywhere', () => {
  it('the layer really is NFD', () => {
    expect(nfd('Đường dây nóng')).not.toBe('Đường dây nóng');
  });

  it('no page of the build holds an NFD sequence', () => {
    const pages = builtPages(build.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const text = readPage(build.outDir, page.path);
      expect(text.normalize('NFC') === text, page.path).toBe(true);
    }
  });

  it('bodies, heading ids, alt text and component props reach the article as NFC', () => {
    const html = readPage(build.outDir, '/bai-viet/bai-viet-go-tren-may-mac/');
    expect(html).toContain('Bảng niêm yết đặt ở nhà văn hóa; mỗi người dân là một chiến sỹ.');
    expect(html).toMatch(/<h2 id="đường-dây-nóng-của-thôn-ở-đâu"/);
    expect(html).toContain('alt="Bảng tin của thôn ghi số điện thoại đường dây nóng"');
    expect(html).toContain('Ghi nhớ số điện thoại');
    expect(html).toContain('Ngày toàn dân phòng, chống ma túy');
  });

  it('so does the loudspeaker version, read from the stored body', () => {
    const spoken = readPage(build.outDir, '/bai-viet/bai-viet-go-tren-may-mac/doc-tren-loa/');
    expect(spoken).toContain('Bảng niêm yết đặt ở nhà văn hóa');
  });
});
