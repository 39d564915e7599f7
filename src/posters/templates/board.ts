/** The printable hotline board of a commune or village: A4 portrait, numbers large enough to read from 2 m. */
import { PAPER, type Op, type PrintDoc } from '../draw/doc.ts';
import { emblemOps } from '../draw/emblem.ts';
import { placeText } from '../draw/layout.ts';
import { qrModules } from '../draw/qr.ts';
import type { BoardData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { capitalize, color } from './style.ts';

const t = posterText.board;

/** The board as one A4 page. */
export function boardDoc(data: BoardData): PrintDoc {
  const { width: W, height: H } = PAPER.A4;
  const M = 36;
  const ops: Op[] = [];

  // Header: red band, emblem, title.
  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: 128, fill: color.alert });
  ops.push(...emblemOps(M, 26, 76, color.white, color.alert));
  placeText(
    ops,
    t.title,
    { x: M + 92, y: 24, width: W - 2 * M - 92 },
    { maxLines: 1, maxSize: 50, minSize: 30, lineHeight: 1.1 },
    { weight: 'black', color: color.white },
  );
  placeText(
    ops,
    t.subtitle,
    { x: M + 94, y: 84, width: W - 2 * M - 94 },
    { maxLines: 1, maxSize: 20, minSize: 12 },
    { weight: 'bold', color: color.yellow },
  );

  // Whose board.
  let y = 146;
  y += placeText(
    ops,
    capitalize(data.unitName),
    { x: M, y, width: W - 2 * M },
    { maxLines: 2, maxSize: 30, minSize: 18, lineHeight: 1.15 },
    { weight: 'black', color: color.brand, align: 'center' },
  ).height;
  y +=
    placeText(
      ops,
      capitalize(data.unitContext),
      { x: M, y: y + 2, width: W - 2 * M },
      { maxLines: 1, maxSize: 13, minSize: 9 },
      { weight: 'regular', color: color.muted, align: 'center' },
    ).height + 12;
  y +=
    placeText(
      ops,
      t.callIntro,
      { x: M, y, width: W - 2 * M },
      { maxLines: 2, maxSize: 14, minSize: 10 },
      { weight: 'semibold', color: color.ink },
    ).height + 6;

  // Every number, large: rows share the space left above the bottom block.
  const bottomTop = H - 236;
  const rowHeight = Math.min(84, (bottomTop - 10 - y) / Math.max(1, data.contacts.length));
  const phoneWidth = 214;
  const leftWidth = W - 2 * M - phoneWidth - 12;
  for (const [i, c] of data.contacts.entries()) {
    const top = y + i * rowHeight;
    if (i % 2 === 0) ops.push({ op: 'rect', x: M - 8, y: top, w: W - 2 * M + 16, h: rowHeight, fill: color.paper });
    const role = placeText(
      ops,
      c.role,
      { x: M, y: top + 8, width: leftWidth },
      {
        maxLines: 2,
        maxSize: Math.min(16, rowHeight * 0.22),
        minSize: Math.min(14, rowHeight * 0.2),
        lineHeight: 1.15,
      },
      { weight: 'bold', color: color.ink },
    );
    if (c.who)
      placeText(
        ops,
        c.who,
        { x: M, y: top + 10 + role.height, width: leftWidth },
        {
          maxLines: 2,
          maxSize: Math.min(10, rowHeight * 0.13),
          minSize: Math.min(10, rowHeight * 0.13),
          maxHeight: rowHeight - role.height - 14,
          lineHeight: 1.2,
        },
        { weight: 'regular', color: color.muted },
      );
    const phoneSize = Math.min(31, rowHeight * 0.42);
    const phone = placeText(
      ops,
      c.phone,
      { x: W - M - phoneWidth, y: top + (c.isExample ? 6 : (rowHeight - phoneSize * 1.15) / 2), width: phoneWidth },
      { maxLines: 1, maxSize: phoneSize, minSize: 10, lineHeight: 1.15 },
      { weight: 'black', color: color.alert, align: 'right' },
    );
    if (c.isExample)
      placeText(
        ops,
        `(${t.example})`,
        { x: W - M - phoneWidth, y: top + 8 + phone.height, width: phoneWidth },
        { maxLines: 1, maxSize: Math.min(10, rowHeight * 0.14), minSize: 6 },
        { weight: 'semibold', color: color.muted, align: 'right' },
      );
  }

  // Bottom block: the "save to contacts" QR code on the left (when there is one), mailbox and VNeID in the middle,
  // the QR code of the unit's page on the right.
  const qrSize = data.contactsUrl ? 108 : 118;
  const textLeft = data.contactsUrl ? M + qrSize + 20 : M;
  const textWidth = W - M - textLeft - qrSize - 24;
  let by = bottomTop;
  ops.push({ op: 'line', x1: M, y1: by - 6, x2: W - M, y2: by - 6, stroke: color.line, lineWidth: 1 });
  by += placeText(
    ops,
    `${t.mailbox}:`,
    { x: textLeft, y: by, width: textWidth },
    { maxLines: 1, maxSize: 13, minSize: 9 },
    { weight: 'bold', color: color.brand },
  ).height;
  by +=
    placeText(
      ops,
      data.mailbox,
      { x: textLeft, y: by, width: textWidth },
      { maxLines: 2, maxSize: 13, minSize: 9 },
      { weight: 'regular', color: color.ink },
    ).height + 8;
  by += placeText(
    ops,
    `${t.vneidTitle}:`,
    { x: textLeft, y: by, width: textWidth },
    { maxLines: 1, maxSize: 13, minSize: 9 },
    { weight: 'bold', color: color.brand },
  ).height;
  for (const [i, step] of data.vneidSteps.entries()) {
    by += placeText(
      ops,
      `${i + 1}. ${step}`,
      { x: textLeft + 4, y: by, width: textWidth - 4 },
      { maxLines: 2, maxSize: 10.5, minSize: 7.5 },
      { weight: 'regular', color: color.ink },
    ).height;
  }
  const qrX = W - M - qrSize;
  const qrY = bottomTop - 2;
  ops.push({ op: 'qr', x: qrX, y: qrY, size: qrSize, modules: qrModules(data.qrUrl), color: color.ink });
  placeText(
    ops,
    t.qrCaption,
    { x: qrX - 12, y: qrY + qrSize + 4, width: qrSize + 24 },
    { maxLines: 2, maxSize: 9, minSize: 6.5 },
    { weight: 'semibold', color: color.ink, align: 'center' },
  );
  if (data.contactsUrl) {
    ops.push({ op: 'qr', x: M, y: qrY, size: qrSize, modules: qrModules(data.contactsUrl), color: color.ink });
    placeText(
      ops,
      t.contactsQrCaption,
      { x: M - 8, y: qrY + qrSize + 4, width: qrSize + 16 },
      { maxLines: 2, maxSize: 9, minSize: 6.5 },
      { weight: 'semibold', color: color.ink, align: 'center' },
    );
  }

  // Footnotes and footer band.
  const notes = [
    data.verifiedOn ? t.verifiedOn(data.verifiedOn) : '',
    data.contacts.some((c) => c.isExample) ? t.exampleNote : '',
  ]
    .filter(Boolean)
    .join(' ');
  placeText(
    ops,
    notes,
    { x: M, y: H - 70, width: W - 2 * M },
    { maxLines: 1, maxSize: 9, minSize: 6 },
    { weight: 'regular', color: color.muted },
  );
  ops.push({ op: 'rect', x: 0, y: H - 50, w: W, h: 50, fill: color.brand });
  const footer = `${t.secret}  ·  ${t.emergency}`;
  placeText(
    ops,
    footer,
    { x: M, y: H - 40, width: W - 2 * M },
    { maxLines: 1, maxSize: 15, minSize: 9 },
    { weight: 'bold', color: color.white, align: 'center' },
  );
  placeText(
    ops,
    data.brand.host,
    { x: M, y: H - 20, width: W - 2 * M },
    { maxLines: 1, maxSize: 9, minSize: 6 },
    { weight: 'regular', color: color.white, align: 'center' },
  );

  return {
    title: `${t.title}: ${capitalize(data.unitName)}`,
    subject: t.subtitle,
    author: data.brand.siteName,
    pages: [{ width: W, height: H, ops }],
  };
}
