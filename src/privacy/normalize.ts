/**
 * The text the privacy guard matches, as a reader would see it, with a map back to the original offsets so a
 * finding is reported with its line, page and exact original wording. In one linear pass each:
 * 1. inline HTML/XML/MDX tags are taken out (their text-bearing attribute values are kept) and character
 *    references (`&#8203;`, `&#x30;`, `&ecirc;`, every HTML5 name) are decoded;
 * 2. NFKC per character cluster (full-width digits, ligatures, NBSP → space), format characters (zero-width
 *    spaces and joiners, soft hyphens, bidi marks) removed, Markdown emphasis characters (`*`, `_`, `~`, backtick)
 *    and backslash escapes removed;
 * 3. digit groups separated by one to three spaces, dots or dashes are joined with a single space, so matchers
 *    see `09 12 345 678` for `09 12.345-678` and allow one optional space between any two digits; whitespace
 *    between two letters that a browser shows as one space (up to four spaces, one line break) is one space.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Normalized text and, for each of its UTF-16 units, the original span [from, to) it came from. */
export interface Normalized {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

/** Collects output text with the original span of every unit (typed arrays, grown by doubling). */
class Builder {
  private parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.from = new Int32Array(Math.max(16, capacity));
    this.to = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + extra);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    from.set(this.from.subarray(0, this.length));
    to.set(this.to.subarray(0, this.length));
    this.from = from;
    this.to = to;
  }

  /** Appends `s`, every unit of it coming from the original span [from, to). */
  push(s: string, from: number, to: number): void {
    this.reserve(s.length);
    this.parts.push(s);
    this.from.fill(from, this.length, this.length + s.length);
    this.to.fill(to, this.length, this.length + s.length);
    this.length += s.length;
  }

  /** Appends input units [a, b) unchanged, with their spans. */
  copy(input: Normalized, a: number, b: number): void {
    if (b <= a) return;
    this.reserve(b - a);
    this.parts.push(input.text.slice(a, b));
    this.from.set(input.from.subarray(a, b), this.length);
    this.to.set(input.to.subarray(a, b), this.length);
    this.length += b - a;
  }

  done(): Normalized {
    return { text: this.parts.join(''), from: this.from.slice(0, this.length), to: this.to.slice(0, this.length) };
  }
}

/** Inline elements whose tags vanish without a space ("0<b>912</b>…" is one number). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);
/** Attributes that only style or identify an element; every other attribute value is text to scan. */
const SILENT_ATTRIBUTES = new Set([
  'class',
  'style',
  'id',
  'xmlns',
  'lang',
  'dir',
  'width',
  'height',
  'viewbox',
  'fill',
  'stroke',
  'd',
  'transform',
]);

const isTagNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const MAX_TAG = 4000;

/**
 * Reads a tag at `at` (text[at] === '<'). Returns its end (after '>') and what it leaves in the text, or undefined
 * when this '<' does not open a tag ("a < b", "<3").
 */
function readTag(
  text: string,
  at: number,
  out: Builder,
  prev: { from: Int32Array; to: Int32Array },
): number | undefined {
  let i = at + 1;
  if (text[i] === '/') i++;
  if (!isTagNameStart(text.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < text.length && /[\w:.-]/.test(text[i]!)) i++;
  const name = text.slice(nameStart, i).toLowerCase();
  const values: [number, number][] = [];
  const limit = Math.min(text.length, at + MAX_TAG);
  let attribute = '';
  while (i < limit) {
    const c = text[i]!;
    if (c === '>') break;
    if (c === '<') return undefined;
    if (c === '"' || c === "'") {
      const found = text.slice(i + 1, limit).indexOf(c);
      if (found < 0) return undefined;
      const close = i + 1 + found;
      if (!SILENT_ATTRIBUTES.has(attribute.toLowerCase().replace(/^.*:/, ''))) values.push([i + 1, close]);
      i = close + 1;
      continue;
    }
    if (/[\w:.-]/.test(c)) {
      const start = i;
      while (i < limit && /[\w:.-]/.test(text[i]!)) i++;
      attribute = text.slice(start, i);
      continue;
    }
    i++;
  }
  if (i >= limit) return undefined;
  const end = i + 1;
  const spanFrom = prev.from[at]!;
  const spanTo = prev.to[end - 1]!;
  if (!INLINE.has(name)) out.push(' ', spanFrom, spanTo);
  for (const [a, b] of values) {
    out.push(' ', spanFrom, spanTo);
    for (let k = a; k < b; k++) out.push(text[k]!, prev.from[k]!, prev.to[k]!);
    out.push(' ', spanFrom, spanTo);
  }
  return end;
}

const PASS1_SPECIAL = /[<&]/;
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/;

/** Decodes a character reference at `at` (text[at] === '&'), or returns undefined. */
function readReference(text: string, at: number): { value: string; end: number } | undefined {
  const m = REFERENCE.exec(text.slice(at, at + 40));
  if (!m) return undefined;
  let value: string | false;
  if (m[3]) value = decodeNamedCharacterReference(m[3]);
  else {
    const code = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
    value = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : false;
  }
  return value === false ? undefined : { value, end: at + m[0].length };
}

/** Pass 1: tags out, character references decoded. */
function tagsAndReferences(input: Normalized): Normalized {
  const { text } = input;
  const out = new Builder(text.length);
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c !== '<' && c !== '&') {
      const next = PASS1_SPECIAL.exec(text.slice(i, i + 4096));
      const end = next ? i + next.index : Math.min(text.length, i + 4096);
      out.copy(input, i, Math.max(end, i + 1));
      i = Math.max(end, i + 1);
      continue;
    }
    if (c === '<') {
      const end = readTag(text, i, out, input);
      if (end !== undefined) {
        i = end;
        continue;
      }
    } else if (c === '&') {
      const ref = readReference(text, i);
      if (ref) {
        out.push(ref.value, input.from[i]!, input.to[ref.end - 1]!);
        i = ref.end;
        continue;
      }
    }
    out.push(c, input.from[i]!, input.to[i]!);
    i++;
  }
  return out.done();
}

/**
 * Runs of characters pass 2 leaves as they are: ASCII other than emphasis and backslash, and the precomposed
 * Vietnamese letters (NFKC-stable), each not followed by a combining mark or an invisible character.
 */
const PLAIN_RUN =
  /(?:[\t\n\r\x20-\x29\x2b-\x5b\x5d\x5e\x61-\x7d\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?![\p{M}\p{Cf}]))+/uy;
/** Characters that render as nothing: format characters (zero-width, soft hyphen, bidi), fillers. */
const INVISIBLE = /^[\u034f\u180b-\u180f\p{Cf}\u115f\u1160\u3164\uffa0]$/u;
const MARK = /^\p{M}$/u;
const EMPHASIS = new Set(['*', '_', '~', '`']);
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Per code point: 0 other, 1 combining mark, 2 invisible (cached: the regexes run once per distinct character). */
const kinds = new Map<string, number>();
function kindOf(ch: string): number {
  let k = kinds.get(ch);
  if (k === undefined) {
    k = MARK.test(ch) ? 1 : INVISIBLE.test(ch) ? 2 : 0;
    if (kinds.size < 65536) kinds.set(ch, k);
  }
  return k;
}

/** Pass 2: NFKC per cluster, invisible characters and Markdown emphasis removed. */
function clusters(input: Normalized): Normalized {
  const { text } = input;
  const out = new Builder(text.length);
  let i = 0;
  while (i < text.length) {
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(text)) {
      out.copy(input, i, PLAIN_RUN.lastIndex);
      i = PLAIN_RUN.lastIndex;
      continue;
    }
    const c = text[i]!;
    if (c === '\\' && ASCII_PUNCTUATION.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    const first = String.fromCodePoint(text.codePointAt(i)!);
    i += first.length;
    if (kindOf(first) === 2) continue;
    let cluster = first;
    while (i < text.length) {
      const next = String.fromCodePoint(text.codePointAt(i)!);
      const kind = kindOf(next);
      if (kind === 1) cluster += next;
      else if (kind !== 2) break;
      i += next.length;
    }
    const folded = cluster.length === 1 && cluster.charCodeAt(0) < 0x80 ? cluster : cluster.normalize('NFKC');
    if (folded.length === 1 && EMPHASIS.has(folded)) continue;
    out.push(folded, input.from[start]!, input.to[i - 1]!);
  }
  return out.done();
}

const DIGIT_SEPARATOR = /[ .\-\u2010-\u2015\u2212\u00b7\u2022\u2027\u30fb]/;
const isDigit = (c: number) => c >= 48 && c <= 57;

const LETTER = /^\p{L}$/u;
/** Where pass 3 has work: a digit, or whitespace that may be more than one space. */
const PASS3_SPECIAL = /\d| [ \n]|\n/;

/**
 * Pass 3: one to three separators between two digits become one space; up to four spaces or one line break
 * between two letters, which a browser shows as one space, become one space ("Nguyễn  Văn\nHùng").
 */
function spacing(input: Normalized): Normalized {
  const { text } = input;
  const out = new Builder(text.length);
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      out.push(text[i]!, input.from[i]!, input.to[i]!);
      let j = i + 1;
      while (j < text.length && j - i <= 4 && DIGIT_SEPARATOR.test(text[j]!)) j++;
      if (j > i + 1 && j - i <= 4 && isDigit(text.charCodeAt(j))) {
        out.push(' ', input.from[i + 1]!, input.to[j - 1]!);
        i = j;
      } else i++;
      continue;
    }
    if (c === 32 || c === 10) {
      let j = i;
      let lines = 0;
      while (j < text.length && (text[j] === ' ' || text[j] === '\n')) if (text[j++] === '\n') lines++;
      // Longer runs of spaces are the columns of a PDF page laid out as text (pdftotext -layout): kept apart.
      const between = i > 0 && j - i <= 4 && LETTER.test(text[i - 1]!) && LETTER.test(text[j] ?? '');
      if (between && lines <= 1 && (j - i > 1 || c !== 32)) out.push(' ', input.from[i]!, input.to[j - 1]!);
      else out.copy(input, i, j);
      i = j;
      continue;
    }
    const next = PASS3_SPECIAL.exec(text.slice(i, i + 4096));
    const end = next ? i + next.index : Math.min(text.length, i + 4096);
    out.copy(input, i, Math.max(end, i + 1));
    i = Math.max(end, i + 1);
  }
  return out.done();
}

/** The text as the guard reads it, with the map back to `text`. */
export function normalizeForScan(text: string): Normalized {
  const from = new Int32Array(text.length);
  const to = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return spacing(clusters(tagsAndReferences({ text, from, to })));
}

/** The original span of normalized [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (n.text.length === 0) return [0, 0];
  const last = Math.max(start, end - 1);
  return [n.from[Math.min(start, n.text.length - 1)]!, n.to[Math.min(last, n.text.length - 1)]!];
}
