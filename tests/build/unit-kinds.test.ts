/**
 * Every commune as it is: the demo (a xã with thôn), the ward fixture (a phường with tổ dân phố) and any other
 * fixture under tests/fixtures/sites/ are built, and every output is read back: each page's visible text, the text
 * of each generated PDF, the loudspeaker and share-kit pages, and the data every image and print was drawn from.
 * No output may call the unit by another kind's words, and every number marked illustrative carries its mark.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, demoContent, fixtureSite, projectRoot, type BuildResult } from '../helpers/build';
import { demoBuild } from '../helpers/demo';
import { overlay } from '../helpers/overlay';
import { pdfText } from '../posters/helpers';
import { builtPages } from '../../src/utils/built-pages';
import { communeKinds, residentialKinds } from '../../src/i18n/unit-kinds';
import { formatPhone } from '../../src/utils/phone';
import { readPhone } from '../../src/utils/spoken-vi';
import type { PosterJob } from '../../src/posters/jobs';

type Node = ChildNode | ReturnType<typeof parseDocument>;
const parse = (html: string) => parseDocument(html, { decodeEntities: true });

const MARK = 'số minh họa';
const yaml = (dir: string, file: string) => parseYaml(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const yamlFiles = (dir: string, folder: string) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => yaml(dir, `${folder}/${f}`));
const digits = (text: string) => text.replace(/\D/g, '');
/** A whole word, in Vietnamese: letters on neither side. */
const word = (text: string) => `(?<![\\p{L}\\p{N}])${text}(?![\\p{L}\\p{N}])`;

/** What a content folder says about itself: its commune's kind and name, the kinds of its units, its illustrative numbers. */
function factsOf(dir: string) {
  const site = yaml(dir, 'settings/site.yaml') as {
    unit: string;
    contact: { phone: string; phoneIsExample?: boolean };
  };
  const units = readdirSync(join(dir, 'units')).map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(yaml(dir, `units/${f}`) as { kind: string; name: string; parent?: string; residentialKind?: string }),
  }));
  const commune = units.find((u) => u.id === site.unit)!;
  const residential = units.filter((u) => u.parent === commune.id).map((u) => u.kind);
  if (residential.length === 0)
    residential.push(commune.residentialKind ?? (commune.kind === 'xa' ? 'thon' : 'to-dan-pho'));
  const examples = new Set<string>();
  for (const board of yamlFiles(dir, 'hotlines') as { contacts: { phone: string; isExample?: boolean }[] }[])
    for (const c of board.contacts) if (c.isExample) examples.add(digits(String(c.phone)));
  if (site.contact.phoneIsExample) examples.add(digits(site.contact.phone));
  return { commune, residential: new Set(residential), examples, sitePhone: String(site.contact.phone) };
}
type Facts = ReturnType<typeof factsOf>;

/**
 * The words a site must never use about itself, from its kinds:
 * - another commune-level kind as its police office, generically ("Công an xã" on a ward; "Công an xã Lạc Phượng",
 *   another place named in a document, stays allowed), or before its own name ("xã Điện Biên" for a ward);
 * - "của xã" (the commune) on a ward, but not "của xã hội";
 * - for each residential kind it does not have: its plural ("các thôn"), its head spoken generically
 *   ("trưởng thôn", "Tổ trưởng tổ dân phố", unless another place's name follows), or an enumeration of kinds
 *   ("thôn, tổ dân phố");
 * - the old fixed labels that named every kind at once ("Công an xã/phường", "Trưởng thôn / Tổ trưởng…").
 * "xã hội", "nông thôn", "văn bản", "các bản in" are not unit words and never match.
 */
function forbiddenPatterns(facts: Facts): { rule: string; re: RegExp }[] {
  const rules: { rule: string; re: RegExp }[] = [];
  const add = (rule: string, source: string, flags = 'u') => rules.push({ rule, re: new RegExp(source, flags) });
  const nouns = residentialKinds.map((k) => k.noun);
  for (const k of communeKinds) {
    if (k.value === facts.commune.kind) continue;
    add(`Công an ${k.noun} (generic)`, `Công an ${k.noun}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})(?!\\s*\\d)`);
    add(`${k.noun} ${facts.commune.name}`, word(`${k.noun} ${facts.commune.name}`), 'iu');
    add(`của ${k.noun}`, `của ${k.noun}(?![\\p{L}\\p{N}])(?! hội)`, 'iu');
  }
  for (const k of residentialKinds) {
    if (facts.residential.has(k.value)) continue;
    // "bản" and "khu" are also common words ("các bản in", "các khu vực"): only their heads are checked.
    if (k.value !== 'ban' && k.value !== 'khu') add(`các ${k.noun}`, word(`các ${k.noun}`), 'iu');
    add(`${k.head} (generic)`, `${word(k.head)}(?!\\s+\\p{Lu})(?!\\s*\\d)(?!\\s+số)`, 'iu');
    add(`${k.noun}, <kind>`, `${word(k.noun)}, (?:${nouns.join('|')})${'(?![\\p{L}])'}`, 'iu');
  }
  add('Công an xã/phường', 'Công an xã\\s*/\\s*phường', 'iu');
  add('Trưởng thôn / Tổ trưởng', 'Trưởng thôn\\s*/\\s*Tổ trưởng', 'iu');
  return rules;
}

function violations(text: string, rules: { rule: string; re: RegExp }[]): string[] {
  const found: string[] = [];
  for (const { rule, re } of rules) {
    const m = new RegExp(re.source, `${re.flags.replace('g', '')}g`).exec(text);
    if (m) found.push(`${rule}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
  }
  return found;
}

const SKIP = new Set(['script', 'style', 'template']);
const BLOCKS = new Set([
  'li',
  'p',
  'dd',
  'dt',
  'td',
  'th',
  'textarea',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'label',
  'button',
]);
const ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];

const isElement = (n: Node): n is Element => isTag(n as ChildNode);
const childrenOf = (n: Node): ChildNode[] => ('children' in n ? n.children : []);
function textOf(node: Node): string {
  if (isText(node as ChildNode)) return (node as { data: string }).data;
  if (isElement(node) && SKIP.has(node.name)) return '';
  return childrenOf(node).map(textOf).join(' ');
}

/** A page's visible text (and the attributes readers hear or see), in blocks: each block keeps a number with its mark. */
function pageBlocks(html: string): { visible: string; blocks: string[] } {
  const doc = parse(html);
  const blocks: string[] = [];
  const all: string[] = [];
  const visit = (node: Node) => {
    if (isElement(node)) {
      if (SKIP.has(node.name)) return;
      for (const [name, value] of Object.entries(node.attribs))
        if (ATTRIBUTES.includes(name)) {
          blocks.push(value);
          all.push(value);
        }
      if (BLOCKS.has(node.name)) blocks.push(textOf(node));
    }
    if (isText(node as ChildNode)) all.push((node as { data: string }).data);
    childrenOf(node).forEach(visit);
  };
  visit(doc);
  const clean = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();
  return { visible: clean(all.join(' ')), blocks: blocks.map(clean) };
}

/** Written forms of a number as the outputs print it: "0912 000 101", "0912000101", "0912.000.101". */
const phonePattern = (d: string) => new RegExp(`(?<!\\d)${[...d].join('[ .]?')}(?!\\d)`, 'g');

/** How many times "(số minh họa)" is printed beside a number in a PDF's text. */
const marksIn = (text: string) => text.split(`(${MARK})`).length - 1;

/** The text an announcer reads: the paragraphs of the loudspeaker version, without the page around them. */
function spokenText(html: string): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (isElement(n) && (n.attribs.class ?? '').split(/\s+/).includes('loudspeaker')) parts.push(textOf(n));
    else childrenOf(n).forEach(visit);
  };
  visit(parse(html));
  return parts.join(' ').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Occurrences of an illustrative number in a text with no mark before the next number. */
function unmarkedIn(text: string, examples: Set<string>): string[] {
  const found: string[] = [];
  for (const d of examples) {
    for (const m of text.matchAll(phonePattern(d))) {
      const after = text.slice(m.index + m[0].length);
      const next = after.search(/(?<!\d)(?:0\d[\d .]{7,12}\d|11[345])(?!\d)/);
      const window = next === -1 ? after : after.slice(0, next);
      if (!window.includes(MARK)) found.push(`${m[0]} …${text.slice(m.index, m.index + 140)}…`);
    }
  }
  return found;
}

interface Built {
  name: string;
  facts: Facts;
  outDir: string;
  jobs: PosterJob[];
}

function prepare(
  name: string,
  contentDir: string,
  build: () => BuildResult,
  cacheDir: (b: BuildResult) => string,
): Built {
  const result = build();
  if (!result.ok) throw new Error(result.output);
  const jobs = JSON.parse(readFileSync(join(cacheDir(result), 'posters', 'last-jobs.json'), 'utf8')) as PosterJob[];
  return { name, facts: factsOf(contentDir), outDir: result.outDir, jobs };
}

const fixtures = readdirSync(join(projectRoot, 'tests/fixtures/sites'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const sites: Built[] = [];

beforeAll(() => {
  // The shared demo build keeps its cache next to its output (tests/helpers/demo.ts).
  sites.push(prepare('demo', demoContent, demoBuild, (b) => join(dirname(b.outDir), 'cache')));
  for (const name of fixtures) {
    const cache = mkdtempSync(join(tmpdir(), `unit-kinds-${name}-`));
    sites.push(
      prepare(
        name,
        fixtureSite(name),
        () => buildSite(fixtureSite(name), { CACHE_DIR: cache }),
        () => cache,
      ),
    );
  }
}, 600_000);

/** Every string in a job's data. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.normalize('NFC'));
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('unit kinds and illustrative numbers in every output', () => {
  it('the fixtures cover a xã with thôn and a phường with tổ dân phố', () => {
    const kinds = sites.map((s) => `${s.facts.commune.kind}:${[...s.facts.residential].join(',')}`);
    expect(kinds).toContain('xa:thon');
    expect(kinds).toContain('phuong:to-dan-pho');
  });

  it('the forbidden-word table catches what it must and spares what it must', () => {
    const ward = forbiddenPatterns({
      commune: { id: 'x', kind: 'phuong', name: 'Điện Biên' },
      residential: new Set(['to-dan-pho']),
      examples: new Set(),
      sitePhone: '',
    });
    for (const bad of [
      'Gọi Công an xã ngay',
      'Trưởng Công an xã/phường',
      'xã Điện Biên',
      'đường dây nóng của xã:',
      'các thôn',
      'trưởng thôn.',
      'Trưởng thôn / Tổ trưởng tổ dân phố',
      'thôn, tổ dân phố',
      'Trưởng ấp',
    ])
      expect(violations(bad, ward), bad).not.toEqual([]);
    for (const good of [
      'xã hội',
      'Mạng xã hội',
      'nông thôn',
      'văn bản',
      'các bản in',
      'Công an xã Lạc Phượng',
      'Trưởng thôn Phượng Hoàng',
      'xã/phường không ma túy',
      'phường Điện Biên',
      'Tổ trưởng tổ dân phố',
      'của xã hội',
    ])
      expect(violations(good, ward), good).toEqual([]);
    const commune = forbiddenPatterns({
      commune: { id: 'x', kind: 'xa', name: 'Lạc Phượng' },
      residential: new Set(['thon']),
      examples: new Set(),
      sitePhone: '',
    });
    for (const bad of ['Công an phường', 'phường Lạc Phượng', 'Tổ trưởng tổ dân phố', 'các tổ dân phố'])
      expect(violations(bad, commune), bad).not.toEqual([]);
    expect(violations('Trưởng thôn, Công an xã', commune)).toEqual([]);
  });

  it('no page says another kind’s words about the unit, and unit headings start with a capital', () => {
    for (const site of sites) {
      const rules = forbiddenPatterns(site.facts);
      const problems: string[] = [];
      for (const page of builtPages(site.outDir)) {
        if (page.path.startsWith('/admin/')) continue; // the CMS's generic help may say "xã/phường"
        const html = readFileSync(page.file, 'utf8');
        const { visible } = pageBlocks(html);
        for (const v of violations(visible, rules)) problems.push(`${site.name} ${page.path}: ${v}`);
        const doc = parse(html);
        const headings: string[] = [];
        const visit = (n: Node) => {
          if (isElement(n) && /^h[1-4]$/.test(n.name)) headings.push(textOf(n).replace(/\s+/g, ' ').trim());
          childrenOf(n).forEach(visit);
        };
        visit(doc);
        const lowerKind = new RegExp(
          `^(?:${[...communeKinds, ...residentialKinds].map((k) => k.noun).join('|')}) \\p{Lu}`,
          'u',
        );
        for (const h of headings)
          if (lowerKind.test(h.normalize('NFC')))
            problems.push(`${site.name} ${page.path}: heading "${h}" starts in lower case`);
      }
      expect(problems).toEqual([]);
      // And the right words are there: the hotline page names the unit's own police office and units.
      const noun = communeKinds.find((k) => k.value === site.facts.commune.kind)!.noun;
      const hotlines = pageBlocks(readFileSync(join(site.outDir, 'duong-day-nong/index.html'), 'utf8')).visible;
      expect(hotlines, site.name).toContain(`Công an ${noun}`);
      expect(hotlines, site.name).toContain(
        `${noun.charAt(0).toLocaleUpperCase('vi')}${noun.slice(1)} ${site.facts.commune.name}`,
      );
      for (const kind of site.facts.residential)
        expect(hotlines, site.name).toContain(residentialKinds.find((k) => k.value === kind)!.noun);
    }
  });

  it('no PDF says another kind’s words about the unit', () => {
    for (const site of sites) {
      const rules = forbiddenPatterns(site.facts);
      const pdfs = site.jobs.filter((j) => j.format === 'pdf');
      expect(pdfs.length, site.name).toBeGreaterThan(0); // every site prints at least its hotline boards
      const problems = pdfs.flatMap((j) =>
        violations(pdfText(join(site.outDir, j.file)), rules).map((v) => `${site.name} ${j.file}: ${v}`),
      );
      expect(problems).toEqual([]);
    }
  });

  it('no image or print was drawn from data with another kind’s words', () => {
    for (const site of sites) {
      const rules = forbiddenPatterns(site.facts);
      const problems = site.jobs.flatMap((j) =>
        violations(strings(j.data).join(' | '), rules).map((v) => `${site.name} ${j.file}: ${v}`),
      );
      expect(problems).toEqual([]);
    }
  });

  it('the loudspeaker version reads offices in full and in the unit’s words', () => {
    let read = 0;
    for (const site of sites) {
      // A new commune's fixture may have no article yet, hence no loudspeaker page.
      const spoken = builtPages(site.outDir).filter((p) => p.path.endsWith('/doc-tren-loa/'));
      read += spoken.length;
      for (const page of spoken) {
        const text = spokenText(readFileSync(page.file, 'utf8'));
        expect(text.length, `${site.name} ${page.path}`).toBeGreaterThan(100);
        expect(text, `${site.name} ${page.path}`).not.toMatch(/(?<![\p{L}])(?:PCTP|CSĐTTP|UBND|MTTQ|CAX)(?![\p{L}])/u);
        expect(violations(text, forbiddenPatterns(site.facts)), `${site.name} ${page.path}`).toEqual([]);
      }
    }
    expect(read).toBeGreaterThan(0);
  });

  it('every illustrative number carries "số minh họa" on every page, beside the number', () => {
    for (const site of sites) {
      expect(site.facts.examples.size, site.name).toBeGreaterThan(0);
      const problems: string[] = [];
      let seen = 0;
      for (const page of builtPages(site.outDir)) {
        if (page.path.startsWith('/admin/')) continue;
        const { blocks } = pageBlocks(readFileSync(page.file, 'utf8'));
        for (const block of blocks) {
          for (const d of site.facts.examples) if (phonePattern(d).test(block)) seen++;
          for (const u of unmarkedIn(block, site.facts.examples)) problems.push(`${site.name} ${page.path}: ${u}`);
        }
      }
      expect(seen).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    }
  });

  it('every illustrative number carries its mark in every PDF', () => {
    // A PDF's text comes out in drawing order, columns interleaved: each printed illustrative number must be
    // matched by its own "(số minh họa)", and no sheet may print more numbers than marks.
    for (const site of sites) {
      const problems: string[] = [];
      let seen = 0;
      for (const job of site.jobs.filter((j) => j.format === 'pdf')) {
        const text = pdfText(join(site.outDir, job.file));
        let here = 0;
        for (const d of site.facts.examples) here += [...text.matchAll(phonePattern(d))].length;
        seen += here;
        if (here > marksIn(text))
          problems.push(`${site.name} ${job.file}: ${here} illustrative numbers, ${marksIn(text)} marks`);
      }
      expect(seen).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    }
  });

  it('every image was drawn from data that marks each illustrative number', () => {
    for (const site of sites) {
      const problems: string[] = [];
      const check = (value: unknown, where: string) => {
        if (Array.isArray(value)) value.forEach((v, i) => check(v, `${where}[${i}]`));
        else if (value && typeof value === 'object') {
          const o = value as Record<string, unknown>;
          for (const [k, v] of Object.entries(o)) {
            if (
              typeof v === 'string' &&
              site.facts.examples.has(digits(v)) &&
              k === 'phone' &&
              o.isExample !== true &&
              o.phoneIsExample !== true
            )
              problems.push(`${where}.${k}`);
            else check(v, `${where}.${k}`);
          }
        }
      };
      for (const job of site.jobs.filter((j) => j.format === 'png')) check(job.data, `${site.name} ${job.file}`);
      expect(problems).toEqual([]);
    }
  });

  it('the share caption and the spoken version mark an illustrative hotline', () => {
    let spokenSeen = 0;
    for (const site of sites) {
      const sitePhoneIsExample = site.facts.examples.has(digits(site.facts.sitePhone));
      for (const page of builtPages(site.outDir)) {
        const html = readFileSync(page.file, 'utf8');
        if (page.path.endsWith('/chia-se/')) {
          const caption = /<textarea id="caption"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '';
          expect(caption, page.path).toContain(formatPhone(site.facts.sitePhone));
          if (sitePhoneIsExample)
            expect(caption, `${site.name} ${page.path}`).toContain(`${formatPhone(site.facts.sitePhone)} (${MARK})`);
        }
        if (page.path.endsWith('/doc-tren-loa/')) {
          const text = spokenText(html);
          for (const d of site.facts.examples) {
            const spoken = readPhone(d);
            for (let at = text.indexOf(spoken); at !== -1; at = text.indexOf(spoken, at + 1)) {
              spokenSeen++;
              const rest = text.slice(at + spoken.length);
              expect(rest.slice(0, rest.search(/[;.]/)), `${site.name} ${page.path}: ${spoken}`).toContain(MARK);
            }
          }
        }
      }
    }
    expect(spokenSeen).toBeGreaterThan(0);
  });

  it('the A3 poster shows the number the header’s call button dials', () => {
    for (const site of sites) {
      const home = readFileSync(join(site.outDir, 'index.html'), 'utf8');
      const dialled = /<header[\s\S]*?href="tel:([^"]+)"/.exec(home)?.[1] ?? '';
      expect(digits(dialled)).toBe(digits(site.facts.sitePhone));
      for (const job of site.jobs.filter((j) => j.template === 'poster')) {
        const text = pdfText(join(site.outDir, job.file));
        expect(text, `${site.name} ${job.file}`).toContain(formatPhone(site.facts.sitePhone));
      }
    }
  });
});

describe('an unconfirmed number printed as real', () => {
  it('stops the build, naming the file that marks it, the print and the fix, in Vietnamese', () => {
    // The ward's own number becomes a residential group's illustrative number, without phoneIsExample.
    const content = overlay(fixtureSite('dien-bien'));
    const settings = join(content, 'settings/site.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^ {2}phone: .*$/m, '  phone: 0912 000 201'));
    const result = buildSite(content);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('hotlines/to-dan-pho-1.yaml');
    expect(result.output).toMatch(
      /contacts\.0\.isExample: số 0912 000 201 là "số minh họa" nhưng \d+ tệp in, ảnh \(\/tai-ve\/[^)]+\) sẽ in số này như số thật/,
    );
    expect(result.output).toContain('settings/site.yaml');
  }, 300_000);
});
