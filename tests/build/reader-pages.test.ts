/**
 * Reader pages of the demo build, read back from disk: the article date line, a campaign's key dates said once,
 * the marked category chip, list items that do not repeat their title, the footer and the readers' sitemap,
 * one quote style in reader text, and the English page on organisation and contacts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { pagePaths, readPage } from '../helpers/site-files';
import { withoutMarks } from '../../src/search/query/fold';
import { formatDateWithWeekday } from '../../src/utils/dates';
import { formatPhone } from '../../src/utils/phone';
import { isEditorOnly, routes } from '../../src/utils/routes';

type Node = ChildNode | ReturnType<typeof parseDocument>;
const parse = (html: string) => parseDocument(html, { decodeEntities: true });
const childrenOf = (n: Node): ChildNode[] => ('children' in n ? n.children : []);
const clean = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Every element under `root` that `match` accepts, in document order. */
function all(root: Node, match: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (n: Node) => {
    if (isTag(n as ChildNode) && match(n as Element)) found.push(n as Element);
    childrenOf(n).forEach(visit);
  };
  visit(root);
  return found;
}
const textOf = (n: Node): string =>
  isText(n as ChildNode) ? (n as { data: string }).data : childrenOf(n).map(textOf).join('');
const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c);

/** Text nodes a reader sees: not in script, style, template, code or pre; attributes are not text. */
function readerTexts(root: Node, skip: (e: Element) => boolean = () => false): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (isTag(n as ChildNode)) {
      const e = n as Element;
      if (['script', 'style', 'template', 'code', 'pre', 'noscript'].includes(e.name) || skip(e)) return;
    }
    if (isText(n as ChildNode)) out.push((n as { data: string }).data);
    childrenOf(n).forEach(visit);
  };
  visit(root);
  return out;
}

let outDir: string;
let paths: string[];
/** Reader pages: not the CMS, not the editors' pages. */
let readerPaths: string[];

beforeAll(() => {
  const build = demoBuild();
  if (!build.ok) throw new Error(build.output);
  outDir = build.outDir;
  paths = pagePaths(outDir);
  readerPaths = paths.filter((p) => !p.startsWith('/admin/') && !isEditorOnly(p));
});

const page = (path: string) => parse(readPage(outDir, path));
const articlePaths = () => paths.filter((p) => /^\/bai-viet\/(?!trang\/|chuyen-muc\/)[^/]+\/$/.test(p));

describe('article date line', () => {
  it('says "Đăng ngày …" once, with a spaced separator before the reading time', () => {
    const articles = articlePaths();
    expect(articles.length).toBeGreaterThan(3);
    for (const path of articles) {
      const doc = page(path);
      const line = all(doc, (e) => e.name === 'p' && all(e, (t) => t.name === 'time').length > 0)[0];
      expect(line, path).toBeDefined();
      const text = clean(textOf(line!));
      expect(text, path).toMatch(
        /^Đăng ngày \d{1,2} tháng \d{1,2} năm \d{4}( · Cập nhật ngày \d{1,2} tháng \d{1,2} năm \d{4})? · \d+ phút đọc$/,
      );
      expect(text, path).not.toMatch(/ngày ngày/);
    }
  });
});

describe('campaign key dates', () => {
  it('shows each key date once on its campaign page', () => {
    const campaigns = paths.filter((p) => /^\/chien-dich\/[^/]+\/$/.test(p));
    expect(campaigns.length).toBeGreaterThan(0);
    let dates = 0;
    for (const path of campaigns) {
      const main = all(page(path), (e) => e.name === 'main')[0]!;
      const text = clean(textOf(main));
      // The key-date list: a list of dated items (<ol> of <time datetime>).
      const listed = all(main, (e) => e.name === 'ol')
        .flatMap((ol) => all(ol, (e) => e.name === 'time' && e.attribs.datetime !== undefined))
        .map((t) => t.attribs.datetime!);
      for (const iso of listed) {
        const shown = formatDateWithWeekday(new Date(`${iso}T00:00:00Z`));
        expect(text.split(shown).length - 1, `${path}: ${shown}`).toBe(1);
        dates++;
      }
    }
    expect(dates).toBeGreaterThan(3);
  });

  it('still shows key-date cards on other pages (the campaign rule stays on campaign pages)', () => {
    const cards = articlePaths().flatMap((p) =>
      all(page(p), (e) => e.attribs.role === 'group' && (e.attribs['aria-label'] ?? '').startsWith('Mốc quan trọng')),
    );
    expect(cards.length).toBeGreaterThan(0);
  });
});

describe('lists', () => {
  it('marks the chosen category chip, and only that one', () => {
    const categoryPages = paths.filter((p) => /^\/bai-viet\/chuyen-muc\/[^/]+\/$/.test(p));
    expect(categoryPages.length).toBeGreaterThan(1);
    for (const path of [routes.section('articles'), ...categoryPages]) {
      const chips = all(page(path), (e) => e.name === 'a' && hasClass(e, 'tag'));
      const current = chips.filter((c) => c.attribs['aria-current'] === 'page');
      expect(
        current.map((c) => c.attribs.href),
        path,
      ).toEqual([path]);
      // Seen, not only announced: the chosen chip has its own look (filled) and a tick.
      expect(current[0]!.attribs.class, path).toMatch(/aria-\[current=page\]:bg-brand/);
      expect(textOf(current[0]!), path).toMatch(/^✓ /);
      for (const other of chips.filter((c) => c !== current[0])) expect(textOf(other), path).not.toMatch(/✓/);
    }
  });

  it('never repeats an item’s title or the page’s topic in the line of facts above it', () => {
    let items = 0;
    for (const path of readerPaths) {
      const doc = page(path);
      const h1 = clean(textOf(all(doc, (e) => e.name === 'h1')[0] ?? doc));
      const topic = h1.includes(': ') ? h1.slice(h1.indexOf(': ') + 2) : h1;
      for (const item of all(doc, (e) => e.name === 'article' && hasClass(e, 'border-b'))) {
        const meta = all(item, (e) => e.name === 'p' && hasClass(e, 'text-muted'))[0];
        const title = clean(textOf(all(item, (e) => /^h[23]$/.test(e.name))[0]!));
        if (!meta) continue;
        items++;
        const facts = clean(textOf(meta))
          .split(' · ')
          .map((f) => f.toLocaleLowerCase('vi'));
        expect(facts, `${path}: ${title}`).not.toContain(title.toLocaleLowerCase('vi'));
        expect(facts, `${path}: ${title}`).not.toContain(topic.toLocaleLowerCase('vi'));
      }
    }
    expect(items).toBeGreaterThan(10);
  });
});

describe('footer and the readers’ sitemap', () => {
  it('every reader page’s footer links to the HTML sitemap and the English page, as a list without stray separators', () => {
    for (const path of readerPaths) {
      const footer = all(page(path), (e) => e.name === 'footer')[0];
      expect(footer, path).toBeDefined();
      const nav = all(footer!, (e) => e.name === 'nav')[0]!;
      const hrefs = all(nav, (e) => e.name === 'a').map((a) => a.attribs.href);
      expect(hrefs, path).toContain(routes.siteMapPage());
      expect(hrefs, path).toContain(routes.english());
      expect(hrefs, path).not.toContain(routes.sitemap());
      expect(clean(readerTexts(nav).join('')), path).not.toMatch(/·/);
      expect(all(nav, (e) => e.name === 'li').length, path).toBe(hrefs.length);
    }
  });

  it('lists every menu section and every page in it; the XML sitemap stays for search engines', () => {
    const map = page(routes.siteMapPage());
    const linked = new Set(
      all(all(map, (e) => e.name === 'main')[0]!, (e) => e.name === 'a').map((a) => a.attribs.href),
    );
    const menu = all(all(page('/'), (e) => e.name === 'header')[0]!, (e) => e.name === 'nav')[0]!;
    const sections = all(menu, (e) => e.name === 'a').map((a) => a.attribs.href!);
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      expect(linked, section).toContain(section);
      // Every entry page directly under the section (not its sub-lists or editors' views).
      const entries = readerPaths.filter(
        (p) =>
          p.startsWith(section) &&
          /^[^/]+\/$/.test(p.slice(section.length)) &&
          !/^(trang|chuyen-muc|cap)\//.test(p.slice(section.length)),
      );
      for (const entry of entries) expect(linked, entry).toContain(entry);
    }
    expect(linked).toContain(routes.english());
    const xml = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain('/so-do-trang/</loc>');
    expect(xml).toContain('/en/</loc>');
  });
});

describe('one quote style', () => {
  it('no reader page shows a straight double quote in its text', () => {
    const found: string[] = [];
    for (const path of readerPaths) {
      for (const text of readerTexts(page(path)))
        if (text.includes('"')) found.push(`${path}: ${clean(text).slice(0, 100)}`);
    }
    expect(found).toEqual([]);
  });
});

describe('English page: organisation and contacts', () => {
  const yamls = (folder: string) =>
    readdirSync(join(demoContent, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parseYaml(readFileSync(join(demoContent, folder, f), 'utf8')) as Record<string, unknown>);

  it('is in English, with every unit and every hotline number from the data', () => {
    const html = readPage(outDir, routes.english());
    expect(html).toMatch(/<html lang="en"/);
    const doc = parse(html);
    const main = all(doc, (e) => e.name === 'main')[0]!;
    const text = clean(textOf(main));
    const units = yamls('units');
    const boards = yamls('hotlines');
    expect(boards.length).toBe(units.length);
    for (const unit of units) expect(text, String(unit.name)).toContain(withoutMarks(String(unit.name)));
    const numbers = all(main, (e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('tel:')).map((a) =>
      clean(textOf(a)),
    );
    for (const board of boards) {
      for (const contact of board.contacts as { phone: string; name?: string }[]) {
        expect(numbers, `${String(board.unit)} ${contact.phone}`).toContain(formatPhone(contact.phone));
        if (contact.name) expect(text, contact.name).toContain(withoutMarks(contact.name));
      }
    }
  });

  it('writes every name without Vietnamese marks; Vietnamese text is only in lang="vi" parts', () => {
    const main = all(parse(readPage(outDir, routes.english())), (e) => e.name === 'main')[0]!;
    const english = readerTexts(main, (e) => e.attribs.lang === 'vi').join(' ');
    const marked = english.normalize('NFD').match(/[^\n]{0,30}(?:\p{M}|[đĐ])[^\n]{0,30}/gu) ?? [];
    expect(marked).toEqual([]);
    expect(all(main, (e) => e.attribs.lang === 'vi').length).toBeGreaterThan(0);
  });
});
