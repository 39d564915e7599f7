/** Text widths from the real font files (pdfkit's font engine), so layouts match what PDFs and PNGs draw. */
import PDFDocument from 'pdfkit';
import { fontBuffer, type Weight } from './fonts.ts';
import type { Measure } from './text.ts';

let doc: PDFKit.PDFDocument | undefined;
const measures = new Map<Weight, Measure>();

/** Width at font size 1 of a string set in one weight; results are memoized per process. */
export function measureFor(weight: Weight): Measure {
  let measure = measures.get(weight);
  if (measure) return measure;
  doc ??= new PDFDocument({ autoFirstPage: false });
  doc.registerFont(weight, fontBuffer(weight));
  const memo = new Map<string, number>();
  measure = (text: string) => {
    let width = memo.get(text);
    if (width === undefined) {
      width = doc!.font(weight).fontSize(1).widthOfString(text);
      if (memo.size < 50_000) memo.set(text, width);
    }
    return width;
  };
  measures.set(weight, measure);
  return measure;
}

/** Ascent of the font above the baseline, at size 1 (the same in every weight of the family). */
export function ascentFor(weight: Weight): number {
  measureFor(weight);
  const font = (doc!.font(weight) as unknown as { _font: { ascender: number } })._font;
  return font.ascender / 1000;
}

/** Whether the font has its own glyph for a character (else it would print as an empty box). */
export function hasGlyph(weight: Weight, char: string): boolean {
  measureFor(weight);
  const embedded = (doc!.font(weight) as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })
    ._font;
  return embedded.font.hasGlyphForCodePoint(char.codePointAt(0)!);
}
