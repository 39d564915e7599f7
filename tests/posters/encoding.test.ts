/**
 * The fast paths of the renderers give the same files' content as the plain ones: PNGs encoded by sharp decode to
 * the same pixels as resvg's own encoder gives, and a PDF written with the fonts parsed once per process has the
 * same bytes, text and embedded subset fonts as one written by a process that parsed them for that document alone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { pageSvg } from '../../src/posters/draw/png';
import { encodePng, rasterize } from '../../src/posters/draw/raster';
import type { Brand, PosterJob } from '../../src/posters/jobs';
import { printDoc } from '../../src/posters/render';
import { shareSvg, squareSvg } from '../../src/posters/templates/share';
import { reportingDefaults } from '../../src/i18n/reporting';
import { pdfFonts, pdfText, testBrand } from './helpers';

const brand: Brand = { ...testBrand, phoneIsExample: true };
const board = (unit: string): Extract<PosterJob, { template: 'board' }> => ({
  file: `/tai-ve/duong-day-nong/bang-duong-day-nong-${unit}.pdf`,
  page: `/duong-day-nong/${unit}/`,
  template: 'board',
  format: 'pdf',
  data: {
    brand,
    unitName: `thôn ${unit}`,
    unitContext: 'xã Thử Nghiệm, Thanh Hóa',
    contacts: [
      { role: 'Trưởng Công an xã', who: 'Lê Văn Thử', phone: '0237 3851 152', isExample: false },
      { role: 'Trưởng thôn', who: '', phone: '0912 345 678', isExample: true },
    ],
    mailbox: 'Cổng trụ sở Công an xã',
    vneidSteps: reportingDefaults.vneidSteps,
    verifiedOn: '01/11/2026',
    qrUrl: `https://thunghiem.example.vn/duong-day-nong/${unit}/`,
  },
});
const banner: PosterJob = {
  file: '/tai-ve/chien-dich/thu-bang-ron.png',
  page: '/chien-dich/thu/',
  template: 'banner',
  format: 'png',
  data: {
    brand,
    title: 'Tháng hành động phòng, chống ma túy',
    slogan: 'Nói không với ma túy, vì một cộng đồng khỏe mạnh',
  },
};

const decode = (bytes: Buffer) => PNG.sync.read(bytes);

/** resvg's own PNG and sharp's PNG of one rendered image: the same pixels, sharp's file no larger. */
async function expectSamePixels(svg: string, print: boolean, dpi: number) {
  const image = rasterize(svg, { print });
  const own = decode(image.asPng());
  const fastBytes = await encodePng(image, dpi);
  const fast = decode(fastBytes);
  expect([fast.width, fast.height]).toEqual([own.width, own.height]);
  // Drawn on white: every pixel opaque, so resvg's premultiplied pixels are the straight ones.
  for (let i = 3; i < own.data.length; i += 4) if (own.data[i] !== 255) throw new Error(`pixel ${i >> 2} not opaque`);
  expect(fast.data.equals(own.data)).toBe(true);
  expect(fastBytes.length).toBeLessThanOrEqual(image.asPng().length);
  const meta = await sharp(fastBytes).metadata();
  expect(meta.density).toBeCloseTo(dpi, 0);
  return fast;
}

describe('PNG encoding', () => {
  it('a share image and a square card decode to the pixels resvg itself encodes', async () => {
    const title = 'Đường dây nóng: báo tin về ma túy ở thôn Đông Lạc, xã Thử Nghiệm';
    const share = await expectSamePixels(await shareSvg({ brand, kicker: 'Bài viết', title }), false, 72);
    expect([share.width, share.height]).toEqual([1200, 630]);
    const square = await expectSamePixels(
      await squareSvg({ brand, kicker: 'Bài viết', title, summary: 'Một đoạn tóm tắt có dấu.', date: '01/11/2026' }),
      false,
      72,
    );
    expect([square.width, square.height]).toEqual([1080, 1080]);
  });

  it('a 300 dpi board and the banner decode to the pixels resvg itself encodes, white to the very edge', async () => {
    const page = printDoc(board('dong-lac')).pages[0]!;
    const png = await expectSamePixels(pageSvg(page, 300 / 72), true, 300);
    expect([png.width, png.height]).toEqual([2480, 3508]);
    const wide = printDoc(banner).pages[0]!;
    await expectSamePixels(pageSvg(wide, 5000 / wide.width), true, (5000 / wide.width) * 72);
  });
});

describe('PDF fonts parsed once per process', () => {
  it('a document has the same bytes, text and subset fonts whether it is the first or follows others', async () => {
    vi.resetModules();
    // A fresh module graph: the first document parses the fonts, as every document did when each parsed its own.
    const { writePdf } = await import('../../src/posters/draw/pdf');
    const first = await writePdf(printDoc(board('dong-lac')));
    for (const unit of ['bac-son', 'tay-ha', 'nam-tien']) await writePdf(printDoc(board(unit)));
    const again = await writePdf(printDoc(board('dong-lac')));
    expect(again.equals(first)).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'posters-pdf-'));
    const file = join(dir, 'board.pdf');
    writeFileSync(file, again);
    const text = pdfText(file);
    for (const expected of ['ĐƯỜNG DÂY NÓNG', 'Thôn dong-lac', 'Trưởng Công an xã', '0237 3851 152', '0912 345 678'])
      expect(text).toContain(expected);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+BeVietnamPro-/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });
});
