/**
 * A commitment form (bản cam kết) to print and fill in by hand: the national heading, the title, dotted lines to
 * write on, the numbered commitments, a tick box for each, the date line and a signature box per signer.
 */
import { mm, PAPER, type Op, type PrintDoc } from '../draw/doc.ts';
import { Flow, paragraphLines, placeText, widthOf } from '../draw/layout.ts';
import type { FormData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { color, upper } from './style.ts';

const t = posterText.form;
const BODY = 12;
const LEADING = 1.45;

export function formDoc(data: FormData): PrintDoc {
  const { width: W, height: H } = PAPER.A4;
  const M = mm(20);
  const inner = W - 2 * M;
  const flow = new Flow(PAPER.A4, H - M, () => M);
  const ops = (): Op[] => flow.page.ops;

  // National heading, centred, the motto underlined.
  flow.y += placeText(
    ops(),
    t.nation,
    { x: M, y: flow.y, width: inner },
    { maxLines: 1, maxSize: 13, minSize: 9 },
    { weight: 'bold', color: color.ink, align: 'center' },
  ).height;
  const motto = placeText(
    ops(),
    t.motto,
    { x: M, y: flow.y, width: inner },
    { maxLines: 1, maxSize: 13, minSize: 9 },
    { weight: 'semibold', color: color.ink, align: 'center' },
  );
  const mottoWidth = widthOf(motto.lines[0] ?? '', 'semibold', motto.size);
  flow.y += motto.height + 2;
  ops().push({
    op: 'line',
    x1: (W - mottoWidth) / 2,
    y1: flow.y,
    x2: (W + mottoWidth) / 2,
    y2: flow.y,
    stroke: color.ink,
    lineWidth: 0.8,
  });
  flow.y += 26;

  flow.y +=
    placeText(
      ops(),
      upper(data.title),
      { x: M, y: flow.y, width: inner },
      { maxLines: 3, maxSize: 17, minSize: 11, lineHeight: 1.25 },
      { weight: 'black', color: color.ink, align: 'center' },
    ).height + 20;

  // Lines to fill in: the label, then a dotted line to the right margin.
  for (const label of data.fillIn) {
    flow.need(BODY * 2.2);
    const text = `${label}:`;
    ops().push({ op: 'text', x: M, y: flow.y, text, size: BODY, weight: 'regular', color: color.ink });
    const start = M + widthOf(text, 'regular', BODY) + 6;
    ops().push({
      op: 'line',
      x1: start,
      y1: flow.y + BODY + 1,
      x2: W - M,
      y2: flow.y + BODY + 1,
      stroke: color.muted,
      lineWidth: 0.8,
      dash: 1.5,
    });
    flow.y += BODY * 2.2;
  }
  flow.y += 6;

  const paragraph = (text: string, indent: number, weight: 'regular' | 'semibold' = 'regular') => {
    for (const line of paragraphLines(text, inner - indent, BODY, weight)) {
      flow.need(BODY * LEADING);
      ops().push({ op: 'text', x: M + indent, y: flow.y, text: line, size: BODY, weight, color: color.ink });
      flow.y += BODY * LEADING;
    }
  };
  paragraph(t.intro, 0, 'semibold');
  flow.y += 6;

  // Commitments, each with a box to tick.
  data.commitments.forEach((c, i) => {
    flow.need(BODY * LEADING * 2);
    ops().push({ op: 'rect', x: M, y: flow.y + 1, w: 11, h: 11, stroke: color.ink, lineWidth: 0.9 });
    ops().push({ op: 'text', x: M + 18, y: flow.y, text: `${i + 1}.`, size: BODY, weight: 'bold', color: color.ink });
    paragraph(c, 36);
    flow.y += 4;
  });

  // Date line and signatures, kept together on one page.
  flow.need(150);
  flow.y += 12;
  flow.y +=
    placeText(
      ops(),
      t.datePlace(data.place),
      { x: M + inner / 2, y: flow.y, width: inner / 2 },
      { maxLines: 2, maxSize: BODY, minSize: 9 },
      { weight: 'regular', color: color.ink, align: 'center' },
    ).height + 12;
  const colWidth = inner / data.signers.length;
  data.signers.forEach((who, i) => {
    const x = M + i * colWidth;
    placeText(
      ops(),
      upper(who),
      { x, y: flow.y, width: colWidth },
      { maxLines: 2, maxSize: BODY, minSize: 8 },
      { weight: 'bold', color: color.ink, align: 'center' },
    );
    placeText(
      ops(),
      data.signHint,
      { x, y: flow.y + BODY * 1.5, width: colWidth },
      { maxLines: 1, maxSize: 10, minSize: 7 },
      { weight: 'regular', color: color.muted, align: 'center' },
    );
    ops().push({
      op: 'rect',
      x: x + 14,
      y: flow.y + BODY * 3,
      w: colWidth - 28,
      h: 80,
      stroke: color.line,
      lineWidth: 0.6,
      dash: 3,
    });
  });

  for (const page of flow.pages)
    placeText(
      page.ops,
      `${data.brand.siteName} · ${data.brand.host}`,
      { x: M, y: H - M + 16, width: inner },
      { maxLines: 1, maxSize: 8, minSize: 5 },
      { weight: 'regular', color: color.muted, align: 'center' },
    );
  return { title: data.title, subject: data.summary, author: data.brand.siteName, pages: flow.pages };
}
