/** Decoding the generated files the way a reader's tools would: pngjs and jsQR for images, poppler for PDFs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Brand } from '../../src/posters/jobs';

/** Runs a poppler tool; fails with how to install it when it is missing (tests never skip). */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm' | 'pdffonts', args: string[]): string {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  if (found.status !== 0)
    throw new Error(`${tool} not found: install Debian's poppler-utils (apt-get install -y poppler-utils).`);
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Text of a PDF, NFC, with runs of whitespace (line breaks included) collapsed to one space. */
export function pdfText(file: string): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).normalize('NFC').replace(/\s+/g, ' ');
}

/** The fonts of a PDF as pdffonts lists them: name, whether embedded, subset, and mapped to Unicode. */
export function pdfFonts(file: string): { name: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  return poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: read from the end, the type has spaces.
      const [emb, sub, uni] = cells.slice(-5, -2);
      return { name: cells[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

export interface PdfInfo {
  pages: number;
  /** Points. */
  width: number;
  height: number;
  /** The paper name poppler recognises ("A4", "A3"), or "". */
  paper: string;
  title: string;
}

export function pdfInfo(file: string): PdfInfo {
  const out = poppler('pdfinfo', [file]);
  const field = (name: string) => out.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? '';
  const size = field('Page size').match(/([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/);
  if (!size) throw new Error(`no page size in pdfinfo output for ${file}:\n${out}`);
  return {
    pages: Number(field('Pages')),
    width: Number(size[1]),
    height: Number(size[2]),
    paper: size[3] ?? '',
    title: field('Title'),
  };
}

/** One page of a PDF rasterized by poppler (independent of our own PNG writer). */
export function pdfPagePng(file: string, page: number, dpi: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-page-'));
  poppler('pdftoppm', [
    '-png',
    '-singlefile',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    join(dir, 'page'),
  ]);
  return PNG.sync.read(readFileSync(join(dir, 'page.png')));
}

export function readPng(file: string): PNG {
  return PNG.sync.read(readFileSync(file));
}

/** Share of pixels that differ clearly from the most common colour: 0 for a blank image. */
export function inkRatio(png: PNG): number {
  const counts = new Map<number, number>();
  const step = 7;
  let total = 0;
  for (let i = 0; i < png.data.length; i += 4 * step) {
    const key = ((png.data[i]! >> 4) << 8) | ((png.data[i + 1]! >> 4) << 4) | (png.data[i + 2]! >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  return 1 - Math.max(...counts.values()) / total;
}

/** Distinct colours (coarsely binned) in the image: text, bands and emblem give many. */
export function colourCount(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 13)
    seen.add(((png.data[i]! >> 4) << 8) | ((png.data[i + 1]! >> 4) << 4) | (png.data[i + 2]! >> 4));
  return seen.size;
}

/** A rectangle of an image, given as fractions of its size. */
export function crop(png: PNG, x0: number, y0: number, x1: number, y1: number): PNG {
  const left = Math.floor(png.width * x0);
  const top = Math.floor(png.height * y0);
  const out = new PNG({ width: Math.floor(png.width * x1) - left, height: Math.floor(png.height * y1) - top });
  PNG.bitblt(png, out, left, top, out.width, out.height, 0, 0);
  return out;
}

/** The text of the QR code in an image, or undefined. */
export function decodeQr(png: PNG): string | undefined {
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
    ?.data;
}

/** The commune the poster tests draw for (its phone number is a real one unless a test says it is an example). */
export const testBrand: Brand = {
  siteName: 'Cổng thông tin xã Thử Nghiệm',
  communeName: 'xã Thử Nghiệm',
  province: 'Thanh Hóa',
  host: 'thunghiem.example.vn',
  phone: '0237 3851 152',
  phoneIsExample: false,
};
