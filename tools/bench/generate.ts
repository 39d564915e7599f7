/**
 * Writes a synthetic but valid commune content folder: a commune with V villages (each with its hotline board),
 * N articles with headings, lists, images and content components, and lessons, campaigns, broadcasts,
 * documents, programmes and forms in proportion. Deterministic for a given size and seed.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { addDays, isoDate, parseCalendarDate } from '../../src/utils/dates.ts';
import { slugify } from '../../src/utils/slug.ts';
import { gradientPng } from './images.ts';
import * as p from './phrases.ts';

export interface BenchSize {
  articles: number;
  villages: number;
}

/** How many entries of each kind a synthetic site holds. */
export interface ContentMix extends BenchSize {
  lessons: number;
  campaigns: number;
  broadcasts: number;
  documents: number;
  programmes: number;
  forms: number;
  images: number;
}

export interface GeneratedSite {
  dir: string;
  mix: ContentMix;
  files: number;
  bytes: number;
  /** The article the "one article changed" rebuild edits. */
  articleToChange: string;
}

/** Other content grows with the article count, at about the demo commune's proportions. */
export function contentMix(size: BenchSize): ContentMix {
  const n = size.articles;
  return {
    ...size,
    lessons: Math.max(2, Math.ceil(n / 20)),
    campaigns: Math.max(2, Math.ceil(n / 100)),
    broadcasts: Math.max(2, Math.ceil(n / 10)),
    documents: Math.max(2, Math.ceil(n / 50)),
    programmes: Math.min(9, Math.max(2, Math.ceil(n / 100))),
    forms: 2,
    images: 4,
  };
}

/** A small seeded generator (mulberry32): the same size always gives the same site. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], count: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(int(copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}
type Random = ReturnType<typeof random>;

/** The YYYY-MM-DD day `days` after `iso`. */
function daysAfter(iso: string, days: number): string {
  return isoDate(addDays(parseCalendarDate(iso)!, days));
}

/** The synthetic commune; its villages are the other units. */
export const COMMUNE = { slug: 'an-phu', name: 'An Phú' };

interface Village {
  slug: string;
  name: string;
}

function villages(count: number): Village[] {
  const out: Village[] = [];
  const combos = p.VILLAGE_FIRST.length * p.VILLAGE_SECOND.length;
  for (let i = 0; out.length < count; i++) {
    const base = `${p.VILLAGE_FIRST[i % p.VILLAGE_FIRST.length]} ${p.VILLAGE_SECOND[Math.floor(i / p.VILLAGE_FIRST.length) % p.VILLAGE_SECOND.length]}`;
    const round = Math.floor(i / combos);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    const slug = slugify(name);
    if (slug !== COMMUNE.slug) out.push({ slug, name });
  }
  return out;
}

/** A Vietnamese mobile number in display form, unique per index (10 digits, 09x prefix). */
function mobile(index: number): string {
  const six = String(index).padStart(6, '0');
  return `0912 ${six.slice(0, 3)} ${six.slice(3)}`;
}

function frontMatter(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

function fill(sentence: string, r: Random, vs: Village[]): string {
  const text = sentence
    .replaceAll('{thon}', `thôn ${r.pick(vs).name}`)
    .replaceAll('{xa}', `xã ${COMMUNE.name}`)
    .replaceAll('{doi}', r.pick(['học sinh', 'thanh niên', 'người lao động', 'sinh viên']));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(r: Random, vs: Village[], sentences = 2 + r.int(3)): string {
  return r
    .some(p.SENTENCES, sentences)
    .map((s) => fill(s, r, vs))
    .join(' ');
}

/** An article body of about 600 words: intro, sections with lists, an image, sometimes a callout or a board. */
function articleBody(r: Random, vs: Village[], index: number): string {
  const parts = [paragraph(r, vs, 4)];
  const sections = r.some(p.HEADINGS, 4);
  sections.forEach((heading, s) => {
    parts.push(`## ${heading}`, paragraph(r, vs), paragraph(r, vs));
    if (s === 1) {
      const items = r.some(p.LIST_ITEMS, 3 + r.int(3));
      parts.push((r.next() < 0.5 ? items.map((i) => `- ${i}.`) : items.map((i, n) => `${n + 1}. ${i}.`)).join('\n'));
    }
    if (s === 0) parts.push(`![${r.pick(p.IMAGE_ALTS)}](/media/bench/anh-${index % 4}.png)`);
    if (s === 2 && r.next() < 0.4) {
      const c = r.pick(p.CALLOUTS);
      parts.push(`<Callout type="${c.type}" title="${c.title}">\n\n${c.text}\n\n</Callout>`);
    }
    if (s === 3 && r.next() < 0.3)
      parts.push(`<HotlineCard unit="${r.next() < 0.5 ? COMMUNE.slug : r.pick(vs).slug}" />`);
  });
  return parts.join('\n\n');
}

class Writer {
  files = 0;
  bytes = 0;
  constructor(readonly root: string) {}
  write(path: string, content: string | Buffer): string {
    const full = join(this.root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    return full;
  }
}

function writeSettings(w: Writer, searchSettings: string | undefined) {
  w.write(
    'settings/site.yaml',
    stringify({
      siteName: `Cổng thông tin phòng, chống ma túy xã ${COMMUNE.name}`,
      tagline: `Chung tay giữ vững xã ${COMMUNE.name} không ma túy`,
      siteUrl: 'https://anphu.example.vn',
      unit: COMMUNE.slug,
      contact: {
        address: `Trụ sở Công an xã ${COMMUNE.name}, thành phố Hải Phòng`,
        phone: '0225 3888 200',
        // The same illustrative number as the duty line on the commune's board: marked the same way.
        phoneIsExample: true,
        email: 'conganxa.anphu@example.vn',
        officeHours: 'Thứ Hai đến Thứ Sáu, sáng từ 7 giờ 30, chiều đến 17 giờ. Trực ban 24/24 giờ.',
      },
      targets: { postsPerWeek: 2, broadcastsPerWeek: 2, lessonsPerSemester: 2, boardWarnDays: 90, boardFailDays: 180 },
      footerNote: 'Nội dung thử nghiệm hiệu năng: dữ liệu tổng hợp, không phải thông tin thật.',
    }),
  );
  // Search settings follow the demo commune's, so their shape always matches the current model.
  if (searchSettings) w.write('settings/search.yaml', searchSettings);
}

function writeUnitsAndBoards(w: Writer, r: Random, vs: Village[], buildDate: string) {
  w.write(
    `units/${COMMUNE.slug}.yaml`,
    stringify({
      name: COMMUNE.name,
      kind: 'xa',
      province: 'Hải Phòng',
      description: `Xã ${COMMUNE.name} gồm ${vs.length} thôn (dữ liệu tổng hợp).`,
    }),
  );
  const chief = {
    role: 'truong-cong-an',
    name: p.OFFICIAL_NAMES[0],
    title: `Trưởng Công an xã ${COMMUNE.name}`,
    phone: mobile(1),
    isExample: true,
  };
  const deputy = {
    role: 'pho-truong-pctp',
    name: p.OFFICIAL_NAMES[1],
    title: 'Phó Trưởng Công an xã phụ trách phòng, chống tội phạm',
    phone: mobile(2),
    isExample: true,
  };
  w.write(
    `hotlines/${COMMUNE.slug}.yaml`,
    stringify({
      unit: COMMUNE.slug,
      contacts: [
        chief,
        deputy,
        { role: 'truc-ban', title: 'Trực ban Công an xã (24/24 giờ)', phone: '0225 3888 200', isExample: true },
        { role: 'khan-cap', title: 'Cảnh sát 113', phone: '113', isExample: false },
      ],
      mailbox: `Cổng trụ sở Công an xã ${COMMUNE.name}`,
      verifiedOn: daysAfter(buildDate, -r.int(30)),
    }),
  );
  vs.forEach((v, i) => {
    w.write(
      `units/${v.slug}.yaml`,
      stringify({
        name: v.name,
        kind: 'thon',
        parent: COMMUNE.slug,
        order: i + 1,
        description: `Thôn ${v.name}, khoảng ${200 + r.int(400)} hộ.`,
      }),
    );
    w.write(
      `hotlines/${v.slug}.yaml`,
      stringify({
        unit: v.slug,
        contacts: [
          {
            role: 'truong-thon',
            name: r.pick(p.OFFICIAL_NAMES),
            title: `Trưởng thôn ${v.name}`,
            phone: mobile(1000 + 2 * i),
            isExample: true,
          },
          {
            role: 'cong-an-phu-trach',
            name: r.pick(p.OFFICIAL_NAMES),
            title: `Cán bộ Công an phụ trách thôn ${v.name}`,
            phone: mobile(1001 + 2 * i),
            isExample: true,
          },
          chief,
          deputy,
        ],
        mailbox: `Nhà văn hóa thôn ${v.name}`,
        // Checked within the last two months: never stale, whatever BUILD_DATE is.
        verifiedOn: daysAfter(buildDate, -r.int(60)),
      }),
    );
  });
}

function articleTitle(r: Random, i: number): string {
  return `${r.pick(p.TITLE_HEADS)}: ${r.pick(p.TITLE_TAILS)} (kỳ ${i + 1})`;
}

function writeArticles(w: Writer, r: Random, vs: Village[], count: number, buildDate: string): string[] {
  const categories = ['tac-hai', 'ma-tuy-moi', 'thu-doan', 'phap-luat', 'guong-tot', 'tin-dia-phuong'];
  const audiences = ['nguoi-dan', 'hoc-sinh', 'phu-huynh', 'nguoi-lao-dong', 'thanh-nien'];
  const paths: string[] = [];
  // Two posts a week, going back in time from the build date.
  for (let i = 0; i < count; i++) {
    const title = articleTitle(r, i);
    const data: Record<string, unknown> = {
      title,
      summary: fill(r.pick(p.SENTENCES), r, vs),
      publishDate: daysAfter(buildDate, -1 - Math.floor(i * 3.5)),
      category: r.pick(categories),
      audiences: r.some(audiences, 1 + r.int(3)),
      tags: r.some(p.TAGS, 2 + r.int(3)),
      draft: false,
    };
    if (i % 3 === 0) data.cover = { src: `/media/bench/anh-${i % 4}.png`, alt: r.pick(p.IMAGE_ALTS) };
    paths.push(w.write(`articles/${slugify(title)}.mdx`, frontMatter(data, articleBody(r, vs, i))));
  }
  return paths;
}

function writeLessons(w: Writer, r: Random, vs: Village[], count: number) {
  const levels = ['tieu-hoc', 'thcs', 'thpt', 'phu-huynh-giao-vien'];
  for (let i = 0; i < count; i++) {
    const title = `Bài ngoại khóa: ${r.pick(p.TITLE_HEADS).toLowerCase()} (bài ${i + 1})`;
    const activities = r.some(p.LESSON_ACTIVITIES, 3 + r.int(2)).map((a) => ({ ...a, minutes: 5 + r.int(10) }));
    const data = {
      title,
      summary: fill(r.pick(p.SENTENCES), r, vs),
      level: levels[i % levels.length],
      durationMinutes: activities.reduce((sum, a) => sum + a.minutes, 0),
      objectives: r.some(p.LESSON_OBJECTIVES, 3),
      activities,
      materials: ['Giấy A4, bút màu', 'Thẻ xanh, thẻ đỏ'],
      keyMessages: r.some(p.KEY_MESSAGES, 2 + r.int(2)),
    };
    const body = [
      '## Ghi chú cho giáo viên',
      paragraph(r, vs),
      '## Câu hỏi thảo luận',
      r
        .some(p.LIST_ITEMS, 3)
        .map((q, n) => `${n + 1}. ${q}?`)
        .join('\n'),
    ].join('\n\n');
    w.write(`lessons/${slugify(title)}.mdx`, frontMatter(data, body));
  }
}

function writeCampaigns(w: Writer, r: Random, vs: Village[], count: number, buildDate: string) {
  const year = Number(buildDate.slice(0, 4));
  for (let i = 0; i < count; i++) {
    const y = year + 1 - i;
    const start = `${y}-06-01`;
    const title = `Tháng hành động phòng, chống ma túy năm ${y}${i > 0 ? ` (đợt ${i + 1})` : ''}`;
    const data = {
      title,
      summary: `Từ ngày 1 đến 30 tháng 6 năm ${y}, xã ${COMMUNE.name} hưởng ứng Tháng hành động phòng, chống ma túy.`,
      theme: 'Chung một quyết tâm xây dựng xã không ma túy',
      slogan: 'Mỗi người dân là một chiến sỹ, mỗi gia đình là một pháo đài',
      startDate: start,
      endDate: `${y}-06-30`,
      keyDates: [
        { date: start, label: 'Lễ phát động Tháng hành động' },
        { date: `${y}-06-26`, label: 'Ngày toàn dân phòng, chống ma túy' },
      ],
    };
    const body = [
      '## Các hoạt động chính',
      paragraph(r, vs),
      `<KeyDate date="${y}-06-26" label="Ngày toàn dân phòng, chống ma túy" />`,
      paragraph(r, vs),
    ].join('\n\n');
    w.write(`campaigns/${slugify(title)}.mdx`, frontMatter(data, body));
  }
}

function writeBroadcasts(w: Writer, r: Random, vs: Village[], count: number, buildDate: string) {
  for (let i = 0; i < count; i++) {
    const title = `Bài phát thanh: ${r.pick(p.TITLE_HEADS).toLowerCase()} (số ${i + 1})`;
    const data = { title, summary: fill(r.pick(p.SENTENCES), r, vs), publishDate: daysAfter(buildDate, -i * 7) };
    w.write(
      `broadcasts/${slugify(title)}.mdx`,
      frontMatter(
        data,
        [`Kính thưa toàn thể nhân dân xã ${COMMUNE.name}!`, paragraph(r, vs, 5), paragraph(r, vs, 4)].join('\n\n'),
      ),
    );
  }
}

function writeDocuments(w: Writer, r: Random, vs: Village[], count: number, buildDate: string) {
  const kinds = [
    ['ke-hoach', 'KH-UBND', 'Kế hoạch'],
    ['quyet-dinh', 'QĐ-UBND', 'Quyết định'],
    ['bao-cao', 'BC-CAX', 'Báo cáo'],
  ] as const;
  for (let i = 0; i < count; i++) {
    const [kind, symbol, label] = kinds[i % kinds.length]!;
    const title = `${label} số ${i + 1} về công tác phòng, chống ma túy trên địa bàn xã ${COMMUNE.name}`;
    const data = {
      title,
      number: `${i + 1}/${symbol}`,
      kind,
      issuer: `Ủy ban nhân dân xã ${COMMUNE.name}`,
      issueDate: daysAfter(buildDate, -i * 20),
      summary: paragraph(r, vs, 2).slice(0, 390),
    };
    w.write(
      `documents/${slugify(title)}.mdx`,
      frontMatter(
        data,
        [
          '## Mục đích, yêu cầu',
          paragraph(r, vs),
          '## Nội dung',
          r
            .some(p.LIST_ITEMS, 4)
            .map((x) => `- ${x}.`)
            .join('\n'),
        ].join('\n\n'),
      ),
    );
  }
}

function writeProgrammes(w: Writer, r: Random, vs: Village[], count: number, buildDate: string) {
  const kinds = [
    'gia-dinh',
    'dong-ho',
    'giao-ho',
    'khu-dan-cu',
    'truong-hoc',
    'chi-doan',
    'tai-hoa-nhap',
    'cuu-cand',
    'doanh-nghiep',
  ];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const title = `Mô hình ${kind.replaceAll('-', ' ')} không ma túy ở thôn ${vs[i % vs.length]!.name}`;
    const data = {
      title,
      summary: fill(r.pick(p.SENTENCES), r, vs),
      kind,
      place: `thôn ${vs[i % vs.length]!.name}, xã ${COMMUNE.name}`,
      since: daysAfter(buildDate, -400 - i * 30),
      members: 'Các hộ gia đình trong thôn, do trưởng thôn hướng dẫn',
      activities: r.some(p.LIST_ITEMS, 3),
      results: r.some(p.LIST_ITEMS, 2),
    };
    w.write(
      `programmes/${slugify(title)}.mdx`,
      frontMatter(data, ['## Cách làm', paragraph(r, vs), paragraph(r, vs)].join('\n\n')),
    );
  }
}

function writeForms(w: Writer, r: Random, vs: Village[]) {
  for (const [audience, who] of [
    ['ho-gia-dinh', 'hộ gia đình'],
    ['hoc-sinh', 'học sinh'],
  ] as const) {
    const title = `Bản cam kết ${who} không ma túy`;
    const data = {
      title,
      summary: `Mẫu cam kết dành cho ${who} ở xã ${COMMUNE.name}.`,
      audience,
      commitments: [...p.COMMITMENTS],
    };
    w.write(`forms/${slugify(title)}.mdx`, frontMatter(data, ['## Cách sử dụng mẫu', paragraph(r, vs)].join('\n\n')));
  }
}

/** Writes the whole content folder (replacing `dir`). */
export function generateSite(
  dir: string,
  size: BenchSize,
  opts: { buildDate: string; seed?: number; projectRoot: string },
): GeneratedSite {
  rmSync(dir, { recursive: true, force: true });
  const mix = contentMix(size);
  const r = random(opts.seed ?? 7);
  const w = new Writer(dir);
  const vs = villages(size.villages);
  const searchFile = join(opts.projectRoot, 'content/settings/search.yaml');
  writeSettings(w, existsSync(searchFile) ? readFileSync(searchFile, 'utf8') : undefined);
  writeUnitsAndBoards(w, r, vs, opts.buildDate);
  for (let i = 0; i < mix.images; i++) w.write(`media/bench/anh-${i}.png`, gradientPng(i));
  const articles = writeArticles(w, r, vs, mix.articles, opts.buildDate);
  writeLessons(w, r, vs, mix.lessons);
  writeCampaigns(w, r, vs, mix.campaigns, opts.buildDate);
  writeBroadcasts(w, r, vs, mix.broadcasts, opts.buildDate);
  writeDocuments(w, r, vs, mix.documents, opts.buildDate);
  writeProgrammes(w, r, vs, mix.programmes, opts.buildDate);
  writeForms(w, r, vs);
  return { dir, mix, files: w.files, bytes: w.bytes, articleToChange: articles[Math.floor(articles.length / 2)]! };
}

/** Edits one article the way an editor would (one more paragraph), for the incremental rebuild. */
export function changeArticle(file: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, `${text}\nCập nhật: Công an xã bổ sung thông tin mới về cách báo tin qua đường dây nóng.\n`);
}
