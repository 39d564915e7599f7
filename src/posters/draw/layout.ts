/** Layout helpers shared by the print templates: fitted text blocks and a flow that breaks onto new pages. */
import type { Weight } from '../fonts.ts';
import { measureFor } from '../measure.ts';
import { fitText, type FitOptions, type Fitted } from '../text.ts';
import type { Op, Page } from './doc.ts';

/** How a text block looks. */
export interface TextStyle {
  weight: Weight;
  color: string;
  align?: 'left' | 'center' | 'right';
}

/** Width of a string in points at a size. */
export function widthOf(text: string, weight: Weight, size: number): number {
  return measureFor(weight)(text) * size;
}

/** Fits a text into a box of `width` starting at (x, y), adds its lines to `ops`, and returns the fit and its height. */
export function placeText(
  ops: Op[],
  text: string,
  box: { x: number; y: number; width: number },
  fit: Omit<FitOptions, 'maxWidth'>,
  style: TextStyle,
): Fitted & { height: number } {
  const fitted = fitText(text, { ...fit, maxWidth: box.width }, measureFor(style.weight));
  fitted.lines.forEach((line, i) => {
    const width = widthOf(line, style.weight, fitted.size);
    const x =
      style.align === 'center'
        ? box.x + (box.width - width) / 2
        : style.align === 'right'
          ? box.x + box.width - width
          : box.x;
    const y = box.y + i * fitted.leading + (fitted.leading - fitted.size) / 2;
    ops.push({ op: 'text', x, y, text: line, size: fitted.size, weight: style.weight, color: style.color });
  });
  return { ...fitted, height: fitted.lines.length * fitted.leading };
}

/** Paragraph text at a fixed size, wrapped to any number of lines (for flowing documents). */
export function paragraphLines(text: string, width: number, size: number, weight: Weight): string[] {
  return fitText(text, { maxWidth: width, maxLines: 10_000, maxSize: size, minSize: size * 0.6 }, measureFor(weight))
    .lines;
}

/** A cursor down a stack of pages of the same size: content that does not fit moves to a new page. */
export class Flow {
  readonly pages: Page[] = [];
  y = 0;
  private readonly newPage: (page: Page, index: number) => number;
  readonly width: number;
  readonly height: number;
  readonly bottom: number;

  /** `start` draws a page's fixed parts and returns where content begins; content stops at `bottom`. */
  constructor(size: { width: number; height: number }, bottom: number, start: (page: Page, index: number) => number) {
    this.width = size.width;
    this.height = size.height;
    this.bottom = bottom;
    this.newPage = start;
    this.addPage();
  }

  /** The page being filled. */
  get page(): Page {
    return this.pages[this.pages.length - 1]!;
  }

  /** Starts a new page and moves the cursor to its content top. */
  addPage(): void {
    const page: Page = { width: this.width, height: this.height, ops: [] };
    this.pages.push(page);
    this.y = this.newPage(page, this.pages.length - 1);
  }

  /** Makes room for `height` points, on a new page if this one is too full. */
  need(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }
}

/** Like placeText, with the block centred vertically in a box of `height` starting at y. */
export function placeTextMiddle(
  ops: Op[],
  text: string,
  box: { x: number; y: number; width: number; height: number },
  fit: Omit<FitOptions, 'maxWidth' | 'maxHeight'>,
  style: TextStyle,
): Fitted & { height: number } {
  const placed: Op[] = [];
  const fitted = placeText(
    placed,
    text,
    { x: box.x, y: 0, width: box.width },
    { ...fit, maxHeight: box.height },
    style,
  );
  const top = box.y + (box.height - fitted.height) / 2;
  for (const op of placed) if (op.op === 'text') ops.push({ ...op, y: op.y + top });
  return fitted;
}
