/**
 * An article's MDX body turned into what an announcer reads: plain paragraphs, no links, no tables,
 * components spoken as sentences, and every number, date and phone number written as words.
 */
import { withoutMarkup, withoutTags } from '../utils/markdown-text';
import { abbreviationTable, toSpokenText, type Abbreviation } from '../utils/spoken-vi';

/** What a <HotlineCard unit="…"/> says aloud; the page resolves it from the unit's board. */
export type HotlineReader = (unit: string) => string;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

function inlineText(line: string): string {
  return withoutMarkup(line, (text) =>
    withoutTags(
      text
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their text
        .replace(/[*_`]+/g, ''),
    ),
  ).trim();
}

/**
 * Paragraphs to read aloud, in order; `abbreviations` are written out in full (default: the built-in table);
 * `reportSteps` are the sentences a <ReportSteps /> reads (src/data/reporting.ts).
 */
export function broadcastParagraphs(
  body: string,
  readHotline: HotlineReader,
  abbreviations: readonly Abbreviation[] = abbreviationTable(),
  reportSteps: readonly string[] = [],
): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || /^<\/\w+>$/.test(line)) {
      flush();
      continue;
    }
    if (line.startsWith('|')) continue; // tables are not read out
    const hotline = /^<HotlineCard\b[^>]*\/>/.exec(line);
    if (hotline) {
      flush();
      out.push(readHotline(attribute(hotline[0], 'unit') ?? ''));
      continue;
    }
    const keyDate = /^<KeyDate\b[^>]*\/>/.exec(line);
    if (keyDate) {
      flush();
      const [y, m, d] = (attribute(keyDate[0], 'date') ?? '').split('-');
      out.push(`${attribute(keyDate[0], 'label') ?? ''}: ${Number(d)}/${Number(m)}/${y}.`);
      continue;
    }
    if (/^<Download\b/.test(line)) continue;
    if (/^<ReportSteps\b[^>]*\/>/.test(line)) {
      flush();
      out.push(...reportSteps);
      continue;
    }
    const callout = /^<Callout\b[^>]*>(.*)$/.exec(line);
    if (callout) {
      flush();
      const title = attribute(line, 'title');
      if (title) out.push(`${title}.`);
      if (callout[1]) current.push(inlineText(callout[1]));
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`${inlineText(heading[1]!).replace(/[.:]$/, '')}.`);
      continue;
    }
    const item = /^(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const text = inlineText(item[1]!);
      out.push(/[.!?;:]$/.test(text) ? text : `${text}.`);
      continue;
    }
    current.push(inlineText(line.replace(/^>\s?/, '')));
  }
  flush();
  return out.map((p) => toSpokenText(p, abbreviations));
}
