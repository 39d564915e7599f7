/**
 * The demo build for residents' phones: every hotline page's "Lưu vào danh bạ" file read by a real vCard parser
 * (ical.js) and held against the page and the printed board, served as text/vcard in UTF-8; the board's second QR
 * code opening that file; the web app manifest and its icons; the one registration script on reader pages; the
 * worker's size and what it saves; the offline page kept out of search.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { demoContent } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { REGISTRATION_TAG } from '../helpers/offline';
import { pagePaths, readPage } from '../helpers/site-files';
import { crop, decodeQr, pdfPagePng, pdfText, readPng } from '../posters/helpers';
import { serveWithHeaders } from '../safety/serve-with-headers';
import { offlineText } from '../../src/i18n/offline';
import { posterText } from '../../src/i18n/posters';
import { ICON_SIZES, offlinePaths, THEME_COLOR } from '../../src/offline/paths';
import { posterPaths } from '../../src/posters/paths';
import { isEditorOnly, routes } from '../../src/utils/routes';
import { VCARD_TYPE } from '../../src/safety/header-table';
import { PNG } from 'pngjs';

const site = parse(readFileSync(join(demoContent, 'settings/site.yaml'), 'utf8')) as {
  siteUrl: string;
  unit: string;
  siteName: string;
};
let out: string;
const t = offlineText.contacts;

/** Every unit: its hotline page and id (the commune first). */
function units(): { id: string; page: string }[] {
  const villages = readdirSync(join(out, 'duong-day-nong'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  return [
    { id: site.unit, page: routes.section('hotlines') },
    ...villages.map((id) => ({ id, page: routes.entry('hotlines', id) })),
  ];
}

function cards(unitId: string): ICAL.Component[] {
  const parsed = ICAL.parse(readFileSync(join(out, posterPaths.contacts(unitId)), 'utf8')) as unknown[];
  return (Array.isArray(parsed[0]) ? parsed : [parsed]).map((j) => new ICAL.Component(j as unknown[]));
}

/** What a page's boards list, in order: each number (digits) and whether it is marked "số minh họa". */
function pageNumbers(page: string): { digits: string; example: boolean }[] {
  // Hotline boards (src/components/HotlineBoard.astro), not the other cards of the page.
  const boards = [...readPage(out, page).matchAll(/<section class="card[^"]*border-alert"[\s\S]*?<\/section>/g)].map(
    (m) => m[0],
  );
  // Each number with what follows it up to the next number: its "(số minh họa)" mark, if any.
  const rows = boards.flatMap((b) => b.split('href="tel:').slice(1));
  return rows.map((row) => ({
    digits: /^(\d+)"/.exec(row)![1]!,
    example: row.includes(`(${posterText.board.example})`),
  }));
}

const digitsOf = (phone: string) => phone.replace(/\D/g, '');

beforeAll(() => {
  const built = demoBuild();
  expect(built.ok, built.output).toBe(true);
  out = built.outDir;
});

describe('"Lưu vào danh bạ": the hotline numbers as phone contacts', () => {
  it("every hotline page, the commune's and each unit's, links its own vCard file", () => {
    for (const u of units()) {
      expect(readPage(out, u.page), u.page).toMatch(
        new RegExp(`<a class="button" href="${posterPaths.contacts(u.id)}" type="text/vcard">${t.save}</a>`),
      );
    }
  });

  it("each file is vCard 3.0 with one contact per number of the page, in its order, the page's own board first", () => {
    for (const u of units()) {
      // The page shows the unit's board, then the commune's: the file has each number once, as the printed board.
      const expected = pageNumbers(u.page).filter((n, i, all) => all.findIndex((m) => m.digits === n.digits) === i);
      const got = cards(u.id);
      expect(got.length, u.id).toBeGreaterThan(0);
      for (const c of got) expect(c.getFirstPropertyValue('version'), u.id).toBe('3.0');
      expect(
        got.map((c) => digitsOf(String(c.getFirstPropertyValue('tel')))),
        u.id,
      ).toEqual(expected.map((n) => n.digits));
      // Illustrative numbers are kept, marked in the name (shown on the call screen) and explained in the note.
      got.forEach((c, i) => {
        const name = String(c.getFirstPropertyValue('fn'));
        expect(name.endsWith(` ${t.exampleMark}`), name).toBe(expected[i]!.example);
        expect(String(c.getFirstPropertyValue('note')).includes(t.exampleNote), name).toBe(expected[i]!.example);
      });
    }
  });

  it('names sort together and say who answers, with the real names of the commune and the unit', () => {
    const commune = readPage(out, routes.section('hotlines'));
    const communeName = /<h2[^>]*>(?:Xã|Phường|Đặc khu) ([^<]+)<\/h2>/.exec(commune)![1]!;
    for (const u of units()) {
      const unitName =
        u.id === site.unit ? communeName : /<h1[^>]*>[^<]*: (?:\S+ )?([^<]+)<\/h1>/.exec(readPage(out, u.page))![1]!;
      for (const c of cards(u.id)) {
        const name = String(c.getFirstPropertyValue('fn'));
        expect(name.startsWith(`${t.prefix}${t.separator}`), name).toBe(true);
        expect(c.getFirstPropertyValue('n'), name).toEqual([name, '', '', '', '']);
        expect(c.getFirstProperty('categories')!.getValues(), name).toEqual([t.category]);
        expect(c.getFirstPropertyValue('url')).toBe(new URL(u.page, site.siteUrl).href);
        // Who answers: the commune's police, the unit's own people, or an office above the commune named as it is.
        if (!/toàn quốc|CSĐTTP/.test(name))
          expect(name.includes(communeName) || name.includes(unitName), `${u.id}: ${name}`).toBe(true);
      }
    }
    const names = cards(site.unit).map((c) => String(c.getFirstPropertyValue('fn')));
    expect(names).toContain(`${t.prefix}${t.separator}Trưởng Công an xã ${communeName} ${t.exampleMark}`);
  });

  it('the files are CRLF lines of at most 75 octets, valid UTF-8 in NFC', () => {
    for (const u of units()) {
      const bytes = readFileSync(join(out, posterPaths.contacts(u.id)));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text.normalize('NFC')).toBe(text);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
      expect(text).toContain('Đường dây nóng');
    }
  });

  it('the printed board holds the same numbers as the file, and its second QR code opens the file', () => {
    for (const [i, u] of units().entries()) {
      const pdf = join(out, posterPaths.board(u.id, 'pdf'));
      const text = pdfText(pdf).replace(posterText.board.emergency, '');
      const printed = new Set([...text.matchAll(/\b(0\d{3} \d{3,4} \d{3}|11[3-5])\b/g)].map((m) => digitsOf(m[1]!)));
      expect(new Set(cards(u.id).map((c) => digitsOf(String(c.getFirstPropertyValue('tel'))))), u.id).toEqual(printed);
      expect(text, u.id).toContain(posterText.board.contactsQrCaption);
      const url = new URL(posterPaths.contacts(u.id), site.siteUrl).href;
      expect(decodeQr(crop(readPng(join(out, posterPaths.board(u.id, 'png'))), 0, 0.6, 0.45, 0.95)), u.id).toBe(url);
      // The PDF rasterized by poppler too (slow: the commune's board and one unit's).
      if (i < 2) expect(decodeQr(crop(pdfPagePng(pdf, 1, 100), 0, 0.6, 0.45, 0.95)), u.id).toBe(url);
    }
  });

  it('hosts send the files as text/vcard in UTF-8 (the header table, its _headers file and the test server agree)', async () => {
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain(`/tai-ve/*.vcf\n  Content-Type: ${VCARD_TYPE}`);
    const served = await serveWithHeaders(out);
    try {
      const res = await fetch(served.url + posterPaths.contacts(site.unit));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBeNull();
      expect((await fetch(served.url + offlinePaths.worker)).headers.get('cache-control')).toBe('no-cache');
    } finally {
      await served.close();
    }
  });
});

describe('installable and usable offline', () => {
  it("the manifest names the commune's portal in Vietnamese and lists the emblem icons, plain and maskable", () => {
    const manifest = JSON.parse(readFileSync(join(out, offlinePaths.manifest), 'utf8'));
    expect(manifest).toMatchObject({
      name: site.siteName,
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOR,
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);
    for (const size of ICON_SIZES) {
      const icons = manifest.icons.filter((i: { sizes: string }) => i.sizes === `${size}x${size}`);
      expect(icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual(['any', 'maskable']);
      const png = PNG.sync.read(readFileSync(join(out, icons[0].src)));
      expect([png.width, png.height]).toEqual([size, size]);
      // Maskable: full-bleed brand colour outside the safe circle (radius 40%), the white emblem inside it.
      const at = (x: number, y: number) => {
        const i = (y * size + x) * 4;
        return `#${[0, 1, 2].map((k) => png.data[i + k]!.toString(16).padStart(2, '0')).join('')}`;
      };
      let white = 0;
      for (let y = 0; y < size; y += 2) {
        for (let x = 0; x < size; x += 2) {
          const r = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
          if (r > size * 0.4) expect(at(x, y), `${size}: ${x},${y}`).toBe(THEME_COLOR);
          else if (at(x, y) === '#ffffff') white++;
        }
      }
      expect(white).toBeGreaterThan((size / 2) ** 2 * 0.05);
    }
  });

  it('every reader page links the manifest and loads one script: the registration, a few hundred bytes', () => {
    const pages = pagePaths(out).filter((p) => !p.startsWith('/admin/'));
    for (const path of pages) {
      const html = readPage(out, path);
      expect(html, path).toContain(`<link rel="manifest" href="${offlinePaths.manifest}">`);
      expect(html.split(REGISTRATION_TAG).length - 1, path).toBe(1);
    }
    const script = readFileSync(join(out, offlinePaths.register));
    expect(script.length).toBeLessThan(500);
    expect(script.toString()).toContain(`register('${offlinePaths.worker}')`);
  });

  it('the worker is under 5 KB, new each build, and saves the home, hotline, about and offline pages: never the CMS or search', () => {
    const worker = readFileSync(join(out, offlinePaths.worker), 'utf8');
    expect(Buffer.byteLength(worker)).toBeLessThan(5 * 1024);
    const config = JSON.parse(/^const C = (\{.*\});$/m.exec(worker)![1]!) as {
      id: string;
      pages: string[];
      assets: string[];
    };
    expect(config.id).toMatch(/^[a-z0-9]+-[0-9a-f]{8}$/);
    expect(config.pages).toEqual(
      [...new Set(['/', routes.about(), offlinePaths.page, ...units().map((u) => u.page)])].sort(),
    );
    for (const path of [...config.pages, ...config.assets])
      expect(existsSync(join(out, path.endsWith('/') ? `${path}index.html` : path)), path).toBe(true);
    expect([...config.pages, ...config.assets].filter((p) => /^\/(admin|pagefind)\//.test(p))).toEqual([]);
    expect(worker).not.toMatch(/^\s*\/\//m);
  });

  it("the offline page shows the commune's numbers and stays out of the sitemap and the search index", () => {
    const html = readPage(out, offlinePaths.page);
    expect(html).toContain(offlineText.offline.title);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).not.toContain('data-pagefind-body');
    const communeBoard = /<section class="card[^"]*border-alert"[\s\S]*?<\/section>/.exec(
      readPage(out, routes.section('hotlines')),
    )![0];
    for (const tel of communeBoard.match(/tel:\d+/g)!) expect(html).toContain(tel);
    const sitemaps = readdirSync(out)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('');
    expect(sitemaps).toContain('<loc>');
    expect(sitemaps).not.toContain(offlinePaths.page);
    expect(isEditorOnly(offlinePaths.page)).toBe(false);
  });
});
