/**
 * A sheet of small QR stickers, one per unit of the commune (the commune first, then each village): eight to an
 * A4 page with dashed cut lines, each with its first number and a QR code to the unit's hotline page.
 */
import { mm, PAPER, type Op, type Page, type PrintDoc } from '../draw/doc.ts';
import { placeText } from '../draw/layout.ts';
import { qrModules } from '../draw/qr.ts';
import type { StickerData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { capitalize, color } from './style.ts';

const t = posterText.stickers;
const COLUMNS = 2;
const ROWS = 4;

function sticker(
  ops: Op[],
  s: StickerData['stickers'][number],
  x: number,
  y: number,
  w: number,
  h: number,
  host: string,
) {
  const pad = 10;
  ops.push({ op: 'rect', x, y, w, h, stroke: color.muted, lineWidth: 0.6, dash: 4 });
  ops.push({ op: 'rect', x: x + pad, y: y + pad, w: w - 2 * pad, h: 26, fill: color.alert, radius: 4 });
  placeText(
    ops,
    t.heading,
    { x: x + pad + 6, y: y + pad + 4, width: w - 2 * pad - 12 },
    { maxLines: 1, maxSize: 16, minSize: 9 },
    { weight: 'black', color: color.white, align: 'center' },
  );
  const qrSize = Math.min(h - 2 * pad - 46, 112);
  const textWidth = w - 3 * pad - qrSize;
  let ty = y + pad + 34;
  ty +=
    placeText(
      ops,
      capitalize(s.unitName),
      { x: x + pad, y: ty, width: textWidth },
      { maxLines: 2, maxSize: 15, minSize: 9, lineHeight: 1.15 },
      { weight: 'black', color: color.brand },
    ).height + 4;
  ty += placeText(
    ops,
    s.role,
    { x: x + pad, y: ty, width: textWidth },
    { maxLines: 2, maxSize: 9, minSize: 6.5 },
    { weight: 'semibold', color: color.muted },
  ).height;
  ty +=
    placeText(
      ops,
      s.phone,
      { x: x + pad, y: ty, width: textWidth },
      { maxLines: 1, maxSize: 20, minSize: 9 },
      { weight: 'black', color: color.alert },
    ).height + 2;
  if (s.isExample)
    placeText(
      ops,
      `(${posterText.board.example})`,
      { x: x + pad, y: ty, width: textWidth },
      { maxLines: 1, maxSize: 9, minSize: 6 },
      { weight: 'semibold', color: color.muted },
    );
  placeText(
    ops,
    t.scan,
    { x: x + pad, y: y + h - pad - 24, width: textWidth },
    { maxLines: 1, maxSize: 9, minSize: 6 },
    { weight: 'semibold', color: color.ink },
  );
  placeText(
    ops,
    host,
    { x: x + pad, y: y + h - pad - 12, width: textWidth },
    { maxLines: 1, maxSize: 8, minSize: 5 },
    { weight: 'regular', color: color.muted },
  );
  ops.push({
    op: 'qr',
    x: x + w - pad - qrSize,
    y: y + h - pad - qrSize,
    size: qrSize,
    modules: qrModules(s.url),
    color: color.ink,
  });
}

export function stickersDoc(data: StickerData): PrintDoc {
  const { width: W, height: H } = PAPER.A4;
  const M = mm(10);
  const cellW = (W - 2 * M) / COLUMNS;
  const cellH = (H - 2 * M - 20) / ROWS;
  const pages: Page[] = [];
  const perPage = COLUMNS * ROWS;
  for (let start = 0; start < data.stickers.length; start += perPage) {
    const ops: Op[] = [];
    placeText(
      ops,
      t.title(capitalize(data.brand.communeName)),
      { x: M, y: M - 18, width: W - 2 * M },
      { maxLines: 1, maxSize: 9, minSize: 6 },
      { weight: 'semibold', color: color.muted },
    );
    data.stickers.slice(start, start + perPage).forEach((s, i) => {
      const col = i % COLUMNS;
      const row = Math.floor(i / COLUMNS);
      sticker(ops, s, M + col * cellW, M + 4 + row * cellH, cellW, cellH, data.brand.host);
    });
    pages.push({ width: W, height: H, ops });
  }
  return { title: t.title(capitalize(data.brand.communeName)), subject: t.heading, author: data.brand.siteName, pages };
}
