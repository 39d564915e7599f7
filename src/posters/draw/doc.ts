/**
 * A print document as a display list: pages of positioned shapes and single lines of text, in PostScript points.
 * Templates lay out once; the PDF writer and the PNG writer draw the same list, so the two never drift apart.
 */
import type { Weight } from '../fonts.ts';

/** A4 and A3 in points (1 pt = 1/72 inch). */
export const PAPER = { A4: { width: 595.28, height: 841.89 }, A3: { width: 841.89, height: 1190.55 } } as const;

/** Millimetres to points. */
export const mm = (value: number) => (value * 72) / 25.4;

/** One drawing instruction. Text is one line, already fitted; y is the top of the line box. */
export type Op =
  | {
      op: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      lineWidth?: number;
      radius?: number;
      dash?: number;
    }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; lineWidth: number; dash?: number }
  | { op: 'text'; x: number; y: number; text: string; size: number; weight: Weight; color: string }
  | { op: 'path'; d: string; x: number; y: number; scale: number; fill?: string; stroke?: string; lineWidth?: number }
  | { op: 'qr'; x: number; y: number; size: number; modules: boolean[][]; color: string };

/** One page: its size and what is drawn on it, in order. */
export interface Page {
  width: number;
  height: number;
  ops: Op[];
}

/** A whole document: metadata for the PDF and its pages. */
export interface PrintDoc {
  title: string;
  subject?: string;
  author?: string;
  pages: Page[];
}
