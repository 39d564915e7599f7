/**
 * The labelled stand-in the dev server shows for an image or PDF the next build makes and that does not exist yet:
 * the file's own size and format, saying in Vietnamese that the build makes it (src/i18n/posters.ts).
 */
import { posterText } from '../i18n/posters.ts';
import type { Op, Page } from './draw/doc.ts';
import { placeText, placeTextMiddle } from './draw/layout.ts';
import { writePdf } from './draw/pdf.ts';
import { writePng } from './draw/png.ts';

/** What to draw: the format, the page size (pixels for screen images, points for print) and the PNG width in pixels. */
export interface PlaceholderSpec {
  format: 'png' | 'pdf';
  width: number;
  height: number;
  pixelWidth: number;
}

/** One page the size of the real file: a dashed frame, the label, and a line saying what makes the real file. */
export function placeholderPage(spec: PlaceholderSpec): Page {
  const { width, height } = spec;
  const text = posterText.devPlaceholder;
  const unit = Math.min(width, height);
  const inset = unit * 0.05;
  const inner = { x: inset * 2, width: width - inset * 4, top: inset * 2, height: height - inset * 4 };
  const ops: Op[] = [
    { op: 'rect', x: 0, y: 0, w: width, h: height, fill: '#eef2f7' },
    {
      op: 'rect',
      x: inset,
      y: inset,
      w: width - inset * 2,
      h: height - inset * 2,
      stroke: '#64748b',
      lineWidth: Math.max(1, unit / 200),
      dash: unit / 60,
    },
  ];
  const labelHeight = inner.height * 0.5;
  placeTextMiddle(
    ops,
    spec.format === 'pdf' ? text.file : text.image,
    { x: inner.x, y: inner.top, width: inner.width, height: labelHeight },
    { maxLines: 2, maxSize: unit * 0.12, minSize: unit * 0.04 },
    { weight: 'bold', color: '#1e293b', align: 'center' },
  );
  placeText(
    ops,
    text.hint,
    { x: inner.x, y: inner.top + labelHeight + inset / 2, width: inner.width },
    { maxLines: 4, maxSize: unit * 0.065, minSize: unit * 0.03, maxHeight: inner.height - labelHeight - inset / 2 },
    { weight: 'regular', color: '#334155', align: 'center' },
  );
  return { width, height, ops };
}

const rendered = new Map<string, Promise<Buffer>>();

/** The bytes of a placeholder file (kept per size and format: every new article's share image looks the same). */
export function placeholderFile(spec: PlaceholderSpec): Promise<Buffer> {
  const key = `${spec.format}:${spec.width}x${spec.height}@${spec.pixelWidth}`;
  let bytes = rendered.get(key);
  if (!bytes) {
    const page = placeholderPage(spec);
    bytes =
      spec.format === 'pdf'
        ? writePdf({ title: posterText.devPlaceholder.file, pages: [page] })
        : writePng(page, { width: spec.pixelWidth });
    rendered.set(key, bytes);
  }
  return bytes;
}
