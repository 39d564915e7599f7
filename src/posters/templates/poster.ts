/** A campaign's A3 poster (áp phích): the slogan in large type, the period, the key dates and the hotline. */
import { PAPER, type Op, type PrintDoc } from '../draw/doc.ts';
import { emblemOps } from '../draw/emblem.ts';
import { placeText, placeTextMiddle } from '../draw/layout.ts';
import { qrModules } from '../draw/qr.ts';
import type { PosterData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { capitalize, color, upper } from './style.ts';

const t = posterText.poster;

export function posterDoc(data: PosterData): PrintDoc {
  const { width: W, height: H } = PAPER.A3;
  const M = 54;
  const ops: Op[] = [];
  const inner = W - 2 * M;

  // Header band: emblem, commune, "HƯỞNG ỨNG" and the campaign's title.
  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: 250, fill: color.alert });
  ops.push(...emblemOps(M, 34, 92, color.white, color.alert));
  placeText(
    ops,
    upper(data.brand.communeName),
    { x: M + 112, y: 44, width: inner - 112 },
    { maxLines: 1, maxSize: 30, minSize: 16 },
    { weight: 'black', color: color.white },
  );
  placeText(
    ops,
    posterText.programmeLine,
    { x: M + 112, y: 88, width: inner - 112 },
    { maxLines: 1, maxSize: 20, minSize: 12 },
    { weight: 'semibold', color: color.yellow },
  );
  placeText(
    ops,
    t.heading,
    { x: M, y: 146, width: inner },
    { maxLines: 1, maxSize: 22, minSize: 14 },
    { weight: 'bold', color: color.yellow },
  );
  placeText(
    ops,
    upper(data.title),
    { x: M, y: 174, width: inner },
    { maxLines: 2, maxSize: 34, minSize: 16, maxHeight: 70, lineHeight: 1.05 },
    { weight: 'black', color: color.white },
  );

  // The slogan, as large as its length allows, centred in its own block.
  const sloganTop = 290;
  const sloganHeight = 380;
  placeTextMiddle(
    ops,
    upper(data.slogan),
    { x: M, y: sloganTop, width: inner, height: sloganHeight },
    { maxLines: 6, maxSize: 78, minSize: 30, lineHeight: 1.12 },
    { weight: 'black', color: color.alert, align: 'center' },
  );

  let y = sloganTop + sloganHeight + 20;
  ops.push({ op: 'rect', x: W / 2 - 60, y, w: 120, h: 6, fill: color.brand });
  y += 24;
  y +=
    placeText(
      ops,
      `${t.theme}: ${data.theme}`,
      { x: M, y, width: inner },
      { maxLines: 2, maxSize: 22, minSize: 14, lineHeight: 1.2 },
      { weight: 'bold', color: color.brand, align: 'center' },
    ).height + 6;
  y +=
    placeText(
      ops,
      data.period,
      { x: M, y, width: inner },
      { maxLines: 1, maxSize: 22, minSize: 14 },
      { weight: 'semibold', color: color.ink, align: 'center' },
    ).height + 18;

  // Bottom block: key dates on the left, hotline and QR code on the right.
  const bottomTop = Math.max(y + 10, H - 420);
  const qrSize = 130;
  const rightWidth = 250;
  const leftWidth = inner - rightWidth - 24;
  let ky = bottomTop;
  const dates = data.keyDates.slice(0, 6);
  if (dates.length > 0) {
    ky +=
      placeText(
        ops,
        upper(t.keyDates),
        { x: M, y: ky, width: leftWidth },
        { maxLines: 1, maxSize: 16, minSize: 11 },
        { weight: 'black', color: color.alert },
      ).height + 4;
    const rowSpace = (H - 80 - ky) / dates.length;
    for (const d of dates) {
      placeText(
        ops,
        d.date,
        { x: M, y: ky, width: 92 },
        { maxLines: 1, maxSize: 14, minSize: 9 },
        { weight: 'black', color: color.brand },
      );
      ky +=
        Math.max(
          placeText(
            ops,
            d.label,
            { x: M + 98, y: ky, width: leftWidth - 98 },
            { maxLines: 2, maxSize: 13, minSize: 8, maxHeight: rowSpace - 4, lineHeight: 1.2 },
            { weight: 'regular', color: color.ink },
          ).height,
          18,
        ) + 4;
    }
  }
  const rx = W - M - rightWidth;
  let ry = bottomTop;
  const qrY = H - 74 - 18 - qrSize;
  ops.push({ op: 'rect', x: rx - 12, y: ry - 10, w: rightWidth + 24, h: H - 64 - ry, fill: color.paper, radius: 8 });
  ry +=
    placeText(
      ops,
      upper(t.hotline),
      { x: rx, y: ry, width: rightWidth },
      { maxLines: 1, maxSize: 16, minSize: 11 },
      { weight: 'black', color: color.alert },
    ).height + 2;
  for (const c of data.contacts.slice(0, 3)) {
    if (ry + 48 > qrY) break;
    ry += placeText(
      ops,
      c.role,
      { x: rx, y: ry, width: rightWidth },
      { maxLines: 1, maxSize: 11, minSize: 7 },
      { weight: 'semibold', color: color.muted },
    ).height;
    ry +=
      placeText(
        ops,
        c.phone,
        { x: rx, y: ry, width: rightWidth },
        { maxLines: 1, maxSize: 24, minSize: 12 },
        { weight: 'black', color: color.ink },
      ).height + (c.isExample ? 0 : 4);
    if (c.isExample)
      ry +=
        placeText(
          ops,
          `(${posterText.board.example})`,
          { x: rx, y: ry, width: rightWidth },
          { maxLines: 1, maxSize: 10, minSize: 7 },
          { weight: 'semibold', color: color.muted },
        ).height + 4;
  }
  ops.push({
    op: 'qr',
    x: rx + (rightWidth - qrSize) / 2,
    y: qrY,
    size: qrSize,
    modules: qrModules(data.qrUrl),
    color: color.ink,
  });
  placeText(
    ops,
    t.qrCaption,
    { x: rx, y: qrY + qrSize + 4, width: rightWidth },
    { maxLines: 1, maxSize: 11, minSize: 7 },
    { weight: 'semibold', color: color.ink, align: 'center' },
  );

  ops.push({ op: 'rect', x: 0, y: H - 54, w: W, h: 54, fill: color.brand });
  placeText(
    ops,
    `${capitalize(data.brand.siteName)} · ${data.brand.host}`,
    { x: M, y: H - 40, width: inner },
    { maxLines: 1, maxSize: 16, minSize: 8 },
    { weight: 'bold', color: color.white, align: 'center' },
  );

  return {
    title: `${data.title}: ${data.slogan}`,
    subject: t.subject,
    author: data.brand.siteName,
    pages: [{ width: W, height: H, ops }],
  };
}
