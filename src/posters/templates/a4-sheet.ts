/**
 * What every flowing A4 sheet (the lesson handout, the quiz worksheet and its answer key) draws the same way: the
 * running head of a continuation page and the page footers.
 */
import { mm, PAPER, type Op, type Page } from '../draw/doc.ts';
import { placeText } from '../draw/layout.ts';
import { color } from './style.ts';

const { width: W, height: H } = PAPER.A4;
/** The sheets' margin. */
export const SHEET_MARGIN = mm(18);
const M = SHEET_MARGIN;
const inner = W - 2 * M;

/** The head of a page after the first: the sheet's title, small and muted, over a rule. Returns where content starts. */
export function continuationHead(ops: Op[], title: string): number {
  placeText(
    ops,
    title,
    { x: M, y: M - 20, width: inner },
    { maxLines: 1, maxSize: 9, minSize: 6 },
    { weight: 'semibold', color: color.muted },
  );
  ops.push({ op: 'line', x1: M, y1: M - 6, x2: W - M, y2: M - 6, stroke: color.line, lineWidth: 0.8 });
  return M + 4;
}

/** Every page's footer, once the page count is known: the web address on the left, "Trang i/n" on the right. */
export function pageFooters(pages: Page[], url: string, pageOf: (page: number, total: number) => string): void {
  pages.forEach((page, i) => {
    page.ops.push({ op: 'line', x1: M, y1: H - M + 2, x2: W - M, y2: H - M + 2, stroke: color.line, lineWidth: 0.8 });
    placeText(
      page.ops,
      url,
      { x: M, y: H - M + 8, width: inner - 80 },
      { maxLines: 1, maxSize: 8.5, minSize: 5 },
      { weight: 'regular', color: color.muted },
    );
    placeText(
      page.ops,
      pageOf(i + 1, pages.length),
      { x: W - M - 80, y: H - M + 8, width: 80 },
      { maxLines: 1, maxSize: 8.5, minSize: 6 },
      { weight: 'semibold', color: color.muted, align: 'right' },
    );
  });
}
