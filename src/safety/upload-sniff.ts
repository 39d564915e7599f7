/**
 * Whether an upload's bytes are what its extension says (content sniffing), without Node APIs, so the build and the
 * CMS's upload guard read files the same way. A renamed SVG, HTML page or script, a PDF that starts as an HTML page,
 * an Office file that is not an Office zip, or text holding NUL bytes does not match.
 */
import type { UploadType } from './upload-types';

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The bytes of a file of this kind start like this. */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  '.png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  '.jpg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  '.jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  '.gif': (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)),
  '.webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP',
  '.avif': (b) => ascii(b, 4, 4) === 'ftyp' && isAvifBrand(b),
  '.pdf': (b) => ascii(b, 0, 5) === '%PDF-',
  '.docx': (b) => isOoxml(b, 'word/document.xml'),
  '.xlsx': (b) => isOoxml(b, 'xl/workbook.xml'),
  '.pptx': (b) => isOoxml(b, 'ppt/presentation.xml'),
  '.odt': (b) => odfMimetype(b) === 'application/vnd.oasis.opendocument.text',
  '.ods': (b) => odfMimetype(b) === 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': (b) => odfMimetype(b) === 'application/vnd.oasis.opendocument.presentation',
};

/** Why a file does not match its type: its bytes are another kind of file, or the text is not clean UTF-8. */
export type SniffProblem = 'mismatch' | 'notUtf8' | 'nulByte';

/** Checks the whole content of a file against its allowed type; undefined when it matches. */
export function sniffUpload(type: UploadType, bytes: Uint8Array): SniffProblem | undefined {
  if (type.kind === 'text') {
    if (bytes.includes(0)) return 'nulByte';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return 'notUtf8';
    }
    return undefined;
  }
  const signature = SIGNATURES[type.extension];
  return signature && signature(bytes) ? undefined : 'mismatch';
}

/** An ISO-BMFF `ftyp` box whose major or compatible brands name AVIF (still image or sequence). */
function isAvifBrand(b: Uint8Array): boolean {
  const size = Math.min(u32be(b, 0), b.length, 256);
  for (let at = 8; at + 4 <= size; at += 4) if (at !== 12 && ['avif', 'avis'].includes(ascii(b, at, 4))) return true;
  return false;
}

function u32be(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
}

interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The members of a zip archive from its central directory, or undefined when the bytes are not a zip. */
export function zipMembers(b: Uint8Array): ZipMember[] | undefined {
  if (!startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535 bytes at the end of the file.
  let end = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (u32(b, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  const members: ZipMember[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return undefined;
    const nameLength = u16(b, at + 28);
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength));
    members.push({ name, method: u16(b, at + 10), compressedSize: u32(b, at + 20), localOffset: u32(b, at + 42) });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return members;
}

/** An Office Open XML package: a zip with `[Content_Types].xml` and the main part of its kind. */
function isOoxml(b: Uint8Array, mainPart: string): boolean {
  const names = new Set(zipMembers(b)?.map((m) => m.name));
  return names.has('[Content_Types].xml') && names.has(mainPart);
}

/** The value of an OpenDocument package's `mimetype` member (stored uncompressed, as the format requires). */
function odfMimetype(b: Uint8Array): string | undefined {
  const member = zipMembers(b)?.find((m) => m.name === 'mimetype');
  if (!member || member.method !== 0 || member.compressedSize > 200) return undefined;
  const local = member.localOffset;
  if (u32(b, local) !== 0x04034b50) return undefined;
  const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
  return ascii(b, start, member.compressedSize);
}
