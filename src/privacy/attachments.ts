/**
 * The text of uploaded files, every part of it, so the privacy guard reads what a document holds, not only what
 * its pages show:
 * - PDF: the pages (`pdftotext`, pages separated by form feeds), the document properties (`pdfinfo`: title,
 *   author, subject, keywords, creator, producer, custom keys, and the XMP metadata of `pdfinfo -meta`), and the
 *   annotations and form fields (pdf-objects.ts).
 * - Office files and OpenDocument are zip archives of XML, read directly, every XML part: the body, headers and
 *   footers, footnotes, comments, speaker notes, every sheet (hidden ones too, shared strings resolved in place),
 *   sheet names, document properties (docProps/*.xml, meta.xml), and embedded documents, recursively.
 * - Text files (.txt, .md, .csv, .json, .xml, .html, .svg): their text (the guard strips tags and decodes
 *   entities; JSON string escapes are decoded).
 * - ZIP archives: every member by its type, recursively.
 * Archives are expanded with limits (expanded size per member and in all, expansion ratio, member count, depth),
 * never trusting the sizes an archive declares: a zip bomb is refused, not read. Legacy .doc/.xls/.ppt cannot be
 * read. Images are not read (no OCR): see the README.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { privacyText } from '../i18n/safety';
import { pdfObjectText } from './pdf-objects';

/** One text part of a document: a page range (PDF pages, a slide, a sheet) or a named part (comments, properties). */
export interface TextPart {
  text: string;
  /** Page of the part's start; form feeds inside the text advance it (PDF). */
  page?: number;
  /** What the part is, for parts that are not pages ("word/comments.xml", "thuộc tính tệp PDF"). */
  part?: string;
}

/** Why a document could not be read. */
export type Unreadable = 'no-pdftotext' | 'format' | 'broken' | 'bomb';

/** Every text part of a document, or why it could not be read (`detail` names the member or the limit). */
export type AttachmentText = { parts: TextPart[] } | { unreadable: Unreadable; detail?: string };

/** Limits on expanding archives (a .docx is an archive too). */
export const ZIP_LIMITS = {
  /** Expanded bytes of one member. */
  member: 32 * 1024 * 1024,
  /** Expanded bytes of every member read from one upload, nested archives included. */
  total: 96 * 1024 * 1024,
  /** A member above `ratioFloor` bytes may expand at most this many times its compressed size. */
  ratio: 200,
  ratioFloor: 4 * 1024 * 1024,
  /** Members of one archive, and nesting depth (a document inside a document inside an upload: 2). */
  members: 10_000,
  depth: 3,
} as const;

/** Raised when an archive breaks a limit: the upload is refused, never read whole. */
class ZipBomb extends Error {}

/** One member of a zip archive, expanded on demand with the budget of the whole upload. */
interface ZipMember {
  name: string;
  read(): Buffer;
}

/** Bytes expanded so far from one upload. */
interface Budget {
  used: number;
}

/**
 * The members of a zip archive (stored or deflated). Each member is expanded only when read, with an output cap
 * (zlib stops expanding past it), so declared sizes are never trusted. A broken archive throws an Error, a limit
 * a ZipBomb.
 */
function zipMembers(zip: Buffer, budget: Budget = { used: 0 }): ZipMember[] {
  // The end-of-central-directory record sits at the end (after an optional comment of up to 64 KB).
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > zip.length) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  if (count > ZIP_LIMITS.members) throw new ZipBomb(privacyText.zipLimits.members(ZIP_LIMITS.members));
  let at = zip.readUInt32LE(eocd + 16);
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const declared = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new Error('broken local header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    // The declared size only bounds the slice: a lie makes zlib fail or stop, never expand more.
    const data = zip.subarray(start, Math.min(zip.length, start + declared));
    members.push({
      name,
      read() {
        const cap = Math.min(
          ZIP_LIMITS.member,
          ZIP_LIMITS.total - budget.used,
          Math.max(ZIP_LIMITS.ratioFloor, data.length * ZIP_LIMITS.ratio),
        );
        let out: Buffer;
        if (method === 0) out = data;
        else if (method === 8) {
          try {
            out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
          } catch (error) {
            if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
              throw new ZipBomb(privacyText.zipLimits.size(name, cap));
            throw error;
          }
        } else throw new Error(`unsupported compression in ${name}`);
        if (out.length > cap) throw new ZipBomb(privacyText.zipLimits.size(name, cap));
        budget.used += out.length;
        return out;
      },
    });
  }
  return members;
}

/** Tags that end a paragraph, a line or a row (a new line), or a cell (a tab), in Office and OpenDocument XML. */
const BREAK =
  /^\/(?:w:p|a:p|text:p|text:h|si|row|table:table-row|p:txBody|(?:\w+:)?(?:comment|threadedComment|cm|text|author|person|item)|text:list-item)$|^(?:w:br|a:br|text:line-break|w:cr)\b/;
const TAB = /^\/(?:c|table:table-cell)$|^(?:w:tab|text:tab)\b/;
/** Attributes that carry text people wrote: sheet and comment author names, alt text, titles, custom properties. */
const TEXT_ATTRIBUTE =
  /(?:^|:)(?:name|descr|title|author|displayName|initials|userId|tooltip|string-value|description|alt|label|text)$/;

/**
 * Text of an Office/OpenDocument XML part: paragraphs and breaks become new lines, cells tabs, other tags vanish
 * (Word splits runs mid-word), attributes that carry text are kept on lines of their own; character references are
 * left for the guard's normalizer. In property parts (`everyElement`) each element is a line.
 */
export function xmlText(xml: string, everyElement = false): string {
  return xml.replace(/<([^<>]*)>/g, (_tag, inner: string) => {
    if (inner.startsWith('?') || inner.startsWith('!')) return '';
    const attributes = [...inner.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
      .filter((a) => TEXT_ATTRIBUTE.test(a[1]!))
      .map((a) => a[2]!.slice(1, -1))
      .filter((v) => v.trim() !== '');
    const kept = attributes.length > 0 ? `\n${attributes.join('\n')}\n` : '';
    if (BREAK.test(inner)) return `${kept}\n`;
    if (TAB.test(inner)) return `${kept}\t`;
    if (/^text:s\b/.test(inner)) return `${kept} `;
    if (everyElement && inner.startsWith('/')) return '\n';
    return kept;
  });
}

/**
 * The elements `<tag …>…</tag>` of an XML text, in order, found by splitting at each closing tag (linear: an
 * unclosed element never makes the search start over).
 */
function elements(xml: string, tag: string): { open: string; inner: string; whole: string; before: string }[] {
  const opening = new RegExp(`<${tag}(?=[\\s/>])`, 'g');
  const pieces = xml.split(`</${tag}>`);
  return pieces.slice(0, -1).map((piece) => {
    let start = -1;
    for (const m of piece.matchAll(opening)) start = m.index;
    if (start < 0) return { open: '', inner: '', whole: '', before: `${piece}</${tag}>` };
    const close = piece.indexOf('>', start);
    return {
      open: piece.slice(start, close + 1),
      inner: piece.slice(close + 1),
      whole: `${piece.slice(start)}</${tag}>`,
      before: piece.slice(0, start),
    };
  });
}

/** Shared strings of a workbook, by index. */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return elements(xml, 'si')
    .filter((e) => e.open)
    .map((e) => xmlText(e.inner));
}

/** A worksheet with each shared-string cell replaced by its text, so a row reads as one line. */
function resolveSheet(xml: string, strings: string[], used: Set<number>): string {
  const cells = elements(xml, 'c');
  if (cells.length === 0) return xml;
  const tail = xml.slice(xml.lastIndexOf('</c>') + 4);
  return (
    cells
      .map(({ open, whole, before }) => {
        if (!/\bt="s"/.test(open)) return before + whole;
        const index = Number(/<v>(\d+)<\/v>/.exec(whole)?.[1]);
        if (!Number.isInteger(index) || strings[index] === undefined) return before + whole;
        used.add(index);
        return `${before}${open}<is><t>${strings[index]}</t></is></c>`;
      })
      .join('') + tail
  );
}

const OFFICE = ['.docx', '.docm', '.dotx', '.pptx', '.pptm', '.ppsx', '.xlsx', '.xlsm', '.odt', '.ods', '.odp', '.odg'];
const TEXT = ['.txt', '.md', '.csv', '.tsv', '.json', '.xml', '.html', '.htm', '.xhtml', '.svg'];
const LEGACY = ['.doc', '.xls', '.ppt', '.rtf'];
const ARCHIVE = ['.zip'];
const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
const byNumber = (a: string, b: string) => number(a) - number(b) || a.localeCompare(b);

/** Parts of an Office file that hold no text people wrote (OpenDocument's own styles.xml holds headers and footers). */
const SKIP =
  /(?:^|\/)(?:theme\d*\.xml|fontTable\.xml|webSettings\.xml|\[Content_Types\]\.xml|manifest\.xml|settings\.xml)$|\.rels$|.\/styles\.xml$/;

/** Text of a JSON file: every string (keys too), escapes decoded; the raw text when it is not valid JSON. */
function jsonText(raw: string): string {
  try {
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          strings.push(k);
          walk(x);
        }
    };
    walk(JSON.parse(raw));
    return `${raw}\n${strings.join('\n')}`;
  } catch {
    return raw;
  }
}

function textFileParts(bytes: Buffer, ext: string, label?: string): TextPart[] {
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return [{ text: ext === '.json' ? jsonText(raw) : raw, ...(label ? { part: label } : { page: 1 }) }];
}

/** Reads a PDF from a path or bytes: pages, then its properties. */
function pdfParts(input: string | Buffer, label?: string): AttachmentText {
  const source = typeof input === 'string' ? input : '-';
  const stdin = typeof input === 'string' ? undefined : input;
  const run = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { input: stdin, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = run('pdftotext', ['-enc', 'UTF-8', '-layout', source, '-']);
  if (pages.error) return { unreadable: 'no-pdftotext' };
  if (pages.status !== 0) return { unreadable: 'broken', ...(label ? { detail: label } : {}) };
  const parts: TextPart[] = [{ text: pages.stdout ?? '', ...(label ? { part: label } : { page: 1 }) }];
  const info = run('pdfinfo', ['-enc', 'UTF-8', '-custom', source]);
  const properties = (info.stdout ?? '')
    .split('\n')
    .filter(
      (line) =>
        !/^(?:Pages|Encrypted|Page size|Page rot|File size|Optimized|PDF version|Tagged|UserProperties|Suspects|Form|JavaScript|CreationDate|ModDate)\b/.test(
          line,
        ),
    )
    .join('\n');
  const xmp = run('pdfinfo', ['-meta', source]).stdout ?? '';
  const metadata = `${properties}\n\n${xmlText(xmp, true)}`.trim();
  const named = (part: string) => (label ? `${label} › ${part}` : part);
  if (metadata) parts.push({ text: metadata, part: named(privacyText.pdfProperties) });
  const annotations = pdfObjectText(typeof input === 'string' ? readFileSync(input) : input);
  if (annotations) parts.push({ text: annotations, part: named(privacyText.pdfAnnotations) });
  return { parts };
}

/** Every text part of an Office file, OpenDocument file or zip archive, nested documents included. */
function archiveParts(bytes: Buffer, ext: string, depth: number, budget: Budget, prefix: string): TextPart[] {
  if (depth > ZIP_LIMITS.depth) throw new ZipBomb(privacyText.zipLimits.depth(ZIP_LIMITS.depth));
  const members = zipMembers(bytes, budget);
  const names = members.map((m) => m.name);
  const byName = new Map(members.map((m) => [m.name, m]));
  const label = (name: string) => `${prefix}${name}`;
  const parts: TextPart[] = [];
  const office = ext !== '.zip';
  // Workbooks: shared strings resolved into each sheet, so a name and its note read as one row.
  const strings =
    office && byName.has('xl/sharedStrings.xml')
      ? sharedStrings(byName.get('xl/sharedStrings.xml')!.read().toString('utf8'))
      : [];
  const usedStrings = new Set<number>();
  for (const name of [...names].sort(byNumber)) {
    const member = byName.get(name)!;
    const memberExt = extname(name).toLowerCase();
    if (name.endsWith('/') || SKIP.test(name) || name === 'xl/sharedStrings.xml') continue;
    if (office && (memberExt === '.xml' || memberExt === '.vml')) {
      let xml = member.read().toString('utf8');
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) xml = resolveSheet(xml, strings, usedStrings);
      const text = xmlText(xml, /^docProps\/|^meta\.xml$/.test(name));
      if (!text.trim()) continue;
      const page =
        name === 'word/document.xml' || name === 'content.xml'
          ? 1
          : /^ppt\/slides\/slide\d+\.xml$/.test(name) || /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
            ? number(name)
            : undefined;
      parts.push(page !== undefined && !prefix ? { text, page } : { text, part: label(name) });
    } else parts.push(...memberParts(member, memberExt, depth, budget, label(name)));
  }
  const unused = strings.filter((_s, i) => !usedStrings.has(i));
  if (unused.length > 0) parts.push({ text: unused.join('\n'), part: label('xl/sharedStrings.xml') });
  return parts;
}

/** Text parts of one archive member, by its type: nested documents and archives are read; images are not. */
function memberParts(member: ZipMember, ext: string, depth: number, budget: Budget, label: string): TextPart[] {
  if (OFFICE.includes(ext) || ARCHIVE.includes(ext))
    return archiveParts(member.read(), ext, depth + 1, budget, `${label} › `);
  if (TEXT.includes(ext)) return textFileParts(member.read(), ext, label);
  if (ext === '.pdf') {
    const read = pdfParts(member.read(), label);
    if ('parts' in read) return read.parts;
    throw new UnreadableMember(read.unreadable === 'bomb' ? 'broken' : read.unreadable, label);
  }
  if (LEGACY.includes(ext)) throw new UnreadableMember('format', label);
  return [];
}

/** A nested document that cannot be read, named by its path inside the upload. */
class UnreadableMember extends Error {
  constructor(
    readonly reason: 'no-pdftotext' | 'format' | 'broken',
    readonly member: string,
  ) {
    super(member);
  }
}

function archiveText(file: string, ext: string): AttachmentText {
  try {
    return { parts: archiveParts(readFileSync(file), ext, 0, { used: 0 }, '') };
  } catch (error) {
    if (error instanceof ZipBomb) return { unreadable: 'bomb', detail: error.message };
    if (error instanceof UnreadableMember) return { unreadable: error.reason, detail: error.member };
    return { unreadable: 'broken' };
  }
}

const cache = new Map<string, AttachmentText>();

/** Every text part of an uploaded document (cached by path and modification time). */
export function attachmentText(file: string): AttachmentText {
  const key = `${file}:${statSync(file).mtimeMs}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const ext = extname(file).toLowerCase();
  let result: AttachmentText;
  if (ext === '.pdf') result = pdfParts(file);
  else if (TEXT.includes(ext)) result = { parts: textFileParts(readFileSync(file), ext) };
  else if (OFFICE.includes(ext) || ARCHIVE.includes(ext)) result = archiveText(file, ext);
  else result = { unreadable: 'format' };
  cache.set(key, result);
  return result;
}

/** Whether a file is a document that may hold text (images other than SVG, audio and video are not read). */
export function isDocument(file: string): boolean {
  return ['.pdf', ...TEXT, ...OFFICE, ...ARCHIVE, ...LEGACY].includes(extname(file).toLowerCase());
}
