/**
 * The one typeface of every poster, share image and PDF: Be Vietnam Pro, full TTFs from
 * @expo-google-fonts/be-vietnam-pro (every Vietnamese letter in one file per weight, no subsets to juggle).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/** The weights the templates use. */
export type Weight = 'regular' | 'semibold' | 'bold' | 'black';

/** Family name as written inside the TTFs (used by SVG text and satori). */
export const FONT_FAMILY = 'Be Vietnam Pro';

/** CSS numeric weight of each weight name. */
export const weightNumber: Record<Weight, 400 | 600 | 700 | 800> = {
  regular: 400,
  semibold: 600,
  bold: 700,
  black: 800,
};

const files: Record<Weight, string> = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  semibold: '600SemiBold/BeVietnamPro_600SemiBold.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
  black: '800ExtraBold/BeVietnamPro_800ExtraBold.ttf',
};

const packageDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/be-vietnam-pro/package.json'));

/** Absolute path of the TTF of one weight. */
export function fontFile(weight: Weight): string {
  return join(packageDir, files[weight]);
}

/** Every weight's TTF path, in a stable order. */
export function allFontFiles(): string[] {
  return (Object.keys(files) as Weight[]).map(fontFile);
}

const buffers = new Map<Weight, Buffer>();

/** The TTF bytes of one weight, read once per process. */
export function fontBuffer(weight: Weight): Buffer {
  let buffer = buffers.get(weight);
  if (!buffer) buffers.set(weight, (buffer = readFileSync(fontFile(weight))));
  return buffer;
}

const parsed = new Map<Weight, Font>();

/**
 * One weight parsed by fontkit, once per process (each render worker keeps its own). pdfkit takes the parsed font in
 * place of the bytes, so its tables (cmap, GSUB, GPOS, glyph metrics) are read once, not for every document.
 */
export function parsedFont(weight: Weight): Font {
  let font = parsed.get(weight);
  if (!font) {
    const created = create(fontBuffer(weight));
    if (!('layout' in created)) throw new Error(`${fontFile(weight)} is a font collection, not one font`);
    parsed.set(weight, (font = created));
  }
  return font;
}

/** A hash of every font file: part of each cache key, so a font update re-renders everything. */
export function fontsHash(): string {
  const hash = createHash('sha256');
  for (const weight of Object.keys(files) as Weight[]) hash.update(fontBuffer(weight));
  return hash.digest('hex');
}
