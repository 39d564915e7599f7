/**
 * The text of uploaded files, so the privacy guard can read what a document says.
 * PDF: `pdftotext` (poppler-utils); pages are separated by form feeds.
 * Office files are zip archives of XML, read directly: .docx, .pptx (one page per slide), .xlsx (one page per
 * sheet, plus the shared strings), and OpenDocument .odt/.ods/.odp. Legacy .doc/.xls/.ppt cannot be read.
 * Images are not read (no OCR): see the README.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Extracted text (pages separated by \f), or why there is none. */
export type AttachmentText = { text: string } | { unreadable: 'no-pdftotext' | 'format' | 'broken' };

const cache = new Map<string, AttachmentText>();

/** Every file of a zip archive (stored or deflated entries), by name. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  // The end-of-central-directory record sits at the end (after an optional comment of up to 64 KB).
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return files;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflateRawSync(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Text of an Office/OpenDocument XML part: paragraphs and breaks become new lines, tags go. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<(?:w:br|a:br|text:line-break)\b[^>]*\/>|<\/(?:w:p|a:p|text:p|text:h|si|row|table:table-row)>/g, '\n')
    .replace(/<(?:w:tab|text:tab)\b[^>]*\/>|<\/(?:c|table:table-cell)>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, code: string) => String.fromCodePoint(code[0] === 'x' ? parseInt(code.slice(1), 16) : Number(code)));
}

/** Parts of an Office file that hold its text, in reading order, one page each. */
function zipPages(files: Map<string, Buffer>, ext: string): string[] | undefined {
  const numbered = (prefix: RegExp) =>
    [...files.keys()]
      .filter((n) => prefix.test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0));
  const parts =
    ext === '.docx' ? ['word/document.xml', ...numbered(/^word\/(?:header|footer|footnotes|endnotes)\d*\.xml$/)]
    : ext === '.pptx' ? numbered(/^ppt\/slides\/slide\d+\.xml$/)
    : ext === '.xlsx' ? ['xl/sharedStrings.xml', ...numbered(/^xl\/worksheets\/sheet\d+\.xml$/)]
    : ['.odt', '.ods', '.odp'].includes(ext) ? ['content.xml']
    : undefined;
  if (!parts) return undefined;
  return parts.filter((p) => files.has(p)).map((p) => xmlText(files.get(p)!.toString('utf8')));
}

function pdfText(file: string): AttachmentText {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { unreadable: 'no-pdftotext' };
  if (result.status !== 0) return { unreadable: 'broken' };
  return { text: result.stdout ?? '' };
}

function officeText(file: string, ext: string): AttachmentText {
  try {
    const pages = zipPages(readZip(readFileSync(file)), ext);
    return pages && pages.length > 0 ? { text: pages.join('\f') } : { unreadable: 'broken' };
  } catch {
    return { unreadable: 'broken' };
  }
}

/** The text of an uploaded document (cached by path and modification time). */
export function attachmentText(file: string): AttachmentText {
  const key = `${file}:${statSync(file).mtimeMs}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const ext = extname(file).toLowerCase();
  let result: AttachmentText;
  if (ext === '.pdf') result = pdfText(file);
  else if (TEXT.includes(ext)) result = { text: readFileSync(file, 'utf8') };
  else if (OFFICE.includes(ext)) result = officeText(file, ext);
  else result = { unreadable: 'format' };
  cache.set(key, result);
  return result;
}

const TEXT = ['.txt', '.md', '.csv'];
const OFFICE = ['.docx', '.pptx', '.xlsx', '.odt', '.ods', '.odp'];
const LEGACY = ['.doc', '.xls', '.ppt', '.rtf'];

/** Whether a file is a document that may hold text (images, audio and video are not read). */
export function isDocument(file: string): boolean {
  return ['.pdf', ...TEXT, ...OFFICE, ...LEGACY].includes(extname(file).toLowerCase());
}
