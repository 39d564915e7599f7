/**
 * Every generated file of the demo commune, decoded: share images and square cards (PNG size, real pixels),
 * hotline boards (A4 PDF text with diacritics, 300 dpi PNG, QR codes that lead to the right page), QR stickers,
 * campaign posters and banners, lesson handouts and commitment forms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoContent } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { pagePaths, readPage } from '../helpers/site-files';
import { formatPhone } from '../../src/utils/phone';
import { posterPaths } from '../../src/posters/paths';
import { crop, decodeQr, inkRatio, colourCount, pdfInfo, pdfPagePng, pdfText, readPng } from './helpers';

const yamlOf = (path: string) => parse(readFileSync(join(demoContent, path), 'utf8'));
const site = yamlOf('settings/site.yaml') as { siteUrl: string; unit: string };
const ids = (folder: string) =>
  readdirSync(join(demoContent, folder))
    .map((f) => f.replace(/\.(mdx|yaml)$/, ''))
    .sort();
const frontMatter = (path: string) => parse(readFileSync(join(demoContent, path), 'utf8').split(/^---$/m)[1]!);
const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');

let out = '';
const file = (path: string) => join(out, path);
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

beforeAll(() => {
  const build = demoBuild();
  expect(build.ok, build.output).toBe(true);
  out = build.outDir;
});

describe('share images', () => {
  it("every page names a 1200×630 PNG in og:image and twitter:image (its own, or its entry's for an entry's views), and the file is a real image", () => {
    const pages = pagePaths(out).filter((p) => !p.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(50);
    const images = new Set<string>();
    for (const page of pages) {
      const html = readPage(out, page);
      const og = meta(html, 'og:image');
      expect(og, page).toMatch(/^https:\/\/lacphuong\.example\.vn\/anh-chia-se\/.+\.png$/);
      expect(meta(html, 'twitter:image'), page).toBe(og);
      expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
      const path = new URL(og!).pathname;
      // The share kit and loudspeaker version of an article use the article's image, a lesson's quiz page the
      // lesson's, and a list's later pages (…/trang/2/) its first page's; every other page has its own.
      const entry =
        page.match(/^(\/bai-viet\/[^/]+\/)(?:chia-se|doc-tren-loa)\/$/)?.[1] ??
        page.match(/^(\/bai-giang\/[^/]+\/)cau-hoi\/$/)?.[1] ??
        page.match(/^(\/bai-viet\/(?:chuyen-muc\/[^/]+\/)?)trang\/\d+\/$/)?.[1];
      expect(path, page).toBe(posterPaths.share(entry ?? page.replace(/\.html$/, '')));
      if (entry) continue;
      expect(images.has(path), `${page} shares its image with another page`).toBe(false);
      images.add(path);
      const png = readPng(file(path));
      expect([png.width, png.height], path).toEqual([1200, 630]);
      expect(inkRatio(png), path).toBeGreaterThan(0.2);
      expect(colourCount(png), path).toBeGreaterThan(20);
    }
  });

  it("a list's later pages point at its first page's image, and no image of their own is made", () => {
    const later = pagePaths(out).filter((p) => /^\/bai-viet\/(?:chuyen-muc\/[^/]+\/)?trang\/\d+\/$/.test(p));
    expect(later).toContain('/bai-viet/trang/2/');
    for (const page of later) {
      const first = page.replace(/trang\/\d+\/$/, '');
      expect(meta(readPage(out, page), 'og:image'), page).toBe(meta(readPage(out, first), 'og:image'));
      expect(existsSync(file(posterPaths.share(page))), page).toBe(false);
      expect(existsSync(file(posterPaths.share(first))), first).toBe(true);
    }
  });

  it('published articles have a 1080×1080 square card, shown and linked on their share kit page', () => {
    const published = pagePaths(out).flatMap((p) => p.match(/^\/bai-viet\/([^/]+)\/chia-se\/$/)?.[1] ?? []);
    expect(published.length).toBeGreaterThan(5);
    for (const id of published) {
      const html = readPage(out, `/bai-viet/${id}/chia-se/`);
      const square = `/tai-ve/bai-viet/${id}-anh-vuong.png`;
      expect(html).toContain(`href="${square}"`);
      expect(html).toContain(`src="${square}"`);
      expect(html).toContain(`href="/anh-chia-se/bai-viet/${id}.png"`);
      const png = readPng(file(square));
      expect([png.width, png.height]).toEqual([1080, 1080]);
      expect(inkRatio(png)).toBeGreaterThan(0.2);
    }
  });
});

describe('hotline boards', () => {
  const units = ids('units');
  const villages = units.filter((u) => u !== site.unit);

  it('the commune and every village have an A4 PDF board with real text: title, roles, every number', () => {
    for (const unit of units) {
      const pdf = file(`/tai-ve/duong-day-nong/bang-duong-day-nong-${unit}.pdf`);
      const info = pdfInfo(pdf);
      expect(info.paper, unit).toBe('A4');
      expect(info.pages, unit).toBe(1);
      const text = pdfText(pdf);
      expect(text).toContain('ĐƯỜNG DÂY NÓNG');
      expect(text).toContain('Trưởng Công an xã');
      expect(text).toContain('Hòm thư tố giác tội phạm');
      expect(text).toContain('VNeID');
      const name = (yamlOf(`units/${unit}.yaml`) as { name: string }).name;
      expect(text).toContain(name);
      const own = existsSync(join(demoContent, `hotlines/${unit}.yaml`))
        ? (yamlOf(`hotlines/${unit}.yaml`) as { contacts: { phone: string }[]; mailbox: string })
        : undefined;
      for (const c of own?.contacts ?? []) expect(text, unit).toContain(formatPhone(c.phone));
      if (own) expect(text).toContain(own.mailbox);
    }
  });

  it('each board has a 300 dpi PNG whose QR code opens that unit’s hotline page, and so has the PDF', () => {
    for (const unit of units) {
      const expected = new URL(unit === site.unit ? '/duong-day-nong/' : `/duong-day-nong/${unit}/`, site.siteUrl).href;
      const png = readPng(file(`/tai-ve/duong-day-nong/bang-duong-day-nong-${unit}.png`));
      expect([png.width, png.height]).toEqual([2480, 3508]);
      expect(decodeQr(crop(png, 0.55, 0.6, 1, 0.95)), unit).toBe(expected);
      const fromPdf = pdfPagePng(file(`/tai-ve/duong-day-nong/bang-duong-day-nong-${unit}.pdf`), 1, 100);
      expect(decodeQr(crop(fromPdf, 0.55, 0.6, 1, 0.95)), unit).toBe(expected);
    }
  });

  it('the hotline pages link their board, and the commune page the sheet of QR stickers', () => {
    for (const v of villages) {
      const html = readPage(out, `/duong-day-nong/${v}/`);
      expect(html).toContain(`href="/tai-ve/duong-day-nong/bang-duong-day-nong-${v}.pdf"`);
      expect(html).toContain(`href="/tai-ve/duong-day-nong/bang-duong-day-nong-${v}.png"`);
    }
    const index = readPage(out, '/duong-day-nong/');
    expect(index).toContain(`href="/tai-ve/duong-day-nong/tem-qr-${site.unit}.pdf"`);
  });

  it('the sticker sheet has one sticker per unit, eight to an A4 page, each with a working QR code', () => {
    const pdf = file(`/tai-ve/duong-day-nong/tem-qr-${site.unit}.pdf`);
    const info = pdfInfo(pdf);
    expect(info.paper).toBe('A4');
    expect(info.pages).toBe(Math.ceil(units.length / 8));
    const text = pdfText(pdf);
    for (const unit of units) expect(text).toContain((yamlOf(`units/${unit}.yaml`) as { name: string }).name);
    const page = pdfPagePng(pdf, 1, 150);
    // The first sticker (top left) is the commune's.
    expect(decodeQr(crop(page, 0, 0, 0.5, 0.26))).toBe(new URL('/duong-day-nong/', site.siteUrl).href);
  });
});

describe('campaigns, lessons and forms', () => {
  it('each campaign has an A3 poster with its slogan, and a 5:1 banner as PDF and PNG', () => {
    for (const id of ids('campaigns')) {
      const data = frontMatter(`campaigns/${id}.mdx`) as { slogan: string; title: string };
      const poster = file(`/tai-ve/chien-dich/${id}-ap-phich-a3.pdf`);
      const info = pdfInfo(poster);
      expect(info.paper, id).toBe('A3');
      expect(info.pages).toBe(1);
      expect(pdfText(poster)).toContain(upper(data.slogan));
      const qr = decodeQr(crop(pdfPagePng(poster, 1, 100), 0.6, 0.6, 1, 1));
      expect(qr).toBe(new URL(`/chien-dich/${id}/`, site.siteUrl).href);

      const banner = file(`/tai-ve/chien-dich/${id}-bang-ron.pdf`);
      const b = pdfInfo(banner);
      expect(b.width / b.height).toBeCloseTo(5, 3);
      expect(pdfText(banner)).toContain(upper(data.slogan));
      const png = readPng(file(`/tai-ve/chien-dich/${id}-bang-ron.png`));
      expect(png.width / png.height).toBeCloseTo(5, 2);
      expect(png.width).toBeGreaterThanOrEqual(5000);
      expect(inkRatio(png)).toBeGreaterThan(0.05);
      const html = readPage(out, `/chien-dich/${id}/`);
      for (const link of [`${id}-ap-phich-a3.pdf`, `${id}-bang-ron.pdf`, `${id}-bang-ron.png`])
        expect(html).toContain(`href="/tai-ve/chien-dich/${link}"`);
    }
  });

  it('each lesson has an A4 handout with its objectives, activities, key messages and the hotline', () => {
    for (const id of ids('lessons')) {
      const data = frontMatter(`lessons/${id}.mdx`) as {
        title: string;
        objectives: string[];
        activities: { name: string }[];
        keyMessages: string[];
      };
      const pdf = file(`/tai-ve/bai-giang/${id}.pdf`);
      expect(pdfInfo(pdf).paper).toBe('A4');
      const text = pdfText(pdf);
      for (const s of [data.title, ...data.objectives, ...data.activities.map((a) => a.name), ...data.keyMessages])
        expect(text, id).toContain(s.normalize('NFC'));
      expect(text).toContain('MỤC TIÊU');
      expect(text).toContain('Trưởng Công an xã');
      expect(readPage(out, `/bai-giang/${id}/`)).toContain(`href="/tai-ve/bai-giang/${id}.pdf"`);
    }
  });

  it('each commitment form is an A4 PDF with the national heading, lines to fill in and every commitment', () => {
    for (const id of ids('forms')) {
      const data = frontMatter(`forms/${id}.mdx`) as { title: string; commitments: string[] };
      const pdf = file(`/tai-ve/mau-cam-ket/${id}.pdf`);
      expect(pdfInfo(pdf).paper).toBe('A4');
      const text = pdfText(pdf);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập – Tự do – Hạnh phúc');
      expect(text).toContain(upper(data.title));
      expect(text).toContain('(Ký, ghi rõ họ tên)');
      for (const c of data.commitments) expect(text).toContain(c.normalize('NFC'));
      expect(readPage(out, `/mau-cam-ket/${id}/`)).toContain(`href="/tai-ve/mau-cam-ket/${id}.pdf"`);
    }
  });

  it('PDFs embed the font, so the text is text (copyable, searchable, read aloud), and carry a title', () => {
    const pdf = file(`/tai-ve/duong-day-nong/bang-duong-day-nong-${site.unit}.pdf`);
    expect(pdfInfo(pdf).title).toContain('ĐƯỜNG DÂY NÓNG');
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('the job list used during the build is not left in the output, and the build log reports the generator', () => {
    expect(existsSync(file('/tai-ve/posters-manifest.json'))).toBe(false);
    expect(demoBuild().output).toMatch(/\[posters\] \d+ files: \d+ rendered, \d+ from cache in \d+ ms/);
  });
});
