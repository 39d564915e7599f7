/**
 * A lesson's A4 handout for teachers: objectives, preparation, activities with their minutes, key messages and
 * the hotline. Text flows onto as many pages as it needs; every page has its number and the lesson's address.
 */
import { mm, PAPER, type PrintDoc } from '../draw/doc.ts';
import { emblemOps } from '../draw/emblem.ts';
import { Flow, paragraphLines, placeText } from '../draw/layout.ts';
import type { Weight } from '../fonts.ts';
import type { HandoutData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { continuationHead, pageFooters } from './a4-sheet.ts';
import { color, upper } from './style.ts';

const t = posterText.handout;
const BODY = 11;
const LEADING = 1.4;

export function handoutDoc(data: HandoutData): PrintDoc {
  const { width: W, height: H } = PAPER.A4;
  const M = mm(18);
  const inner = W - 2 * M;

  const flow = new Flow(PAPER.A4, H - M - 24, (page, index) => {
    const ops = page.ops;
    if (index > 0) return continuationHead(ops, data.title);
    ops.push({ op: 'rect', x: 0, y: 0, w: W, h: 70, fill: color.brand });
    ops.push(...emblemOps(M, 14, 42, color.white, color.alert));
    placeText(
      ops,
      t.kind,
      { x: M + 54, y: 16, width: inner - 54 },
      { maxLines: 1, maxSize: 15, minSize: 9 },
      { weight: 'black', color: color.white },
    );
    placeText(
      ops,
      `${upper(data.brand.communeName)} · ${posterText.programmeLine}`,
      { x: M + 54, y: 38, width: inner - 54 },
      { maxLines: 1, maxSize: 10, minSize: 7 },
      { weight: 'semibold', color: color.yellow },
    );
    return 92;
  });

  const ops = () => flow.page.ops;
  /** Wrapped paragraph at body size, moving to a new page line by line. */
  const paragraph = (
    text: string,
    opts: { indent?: number; weight?: Weight; size?: number; color?: string; prefix?: string } = {},
  ) => {
    const size = opts.size ?? BODY;
    const indent = opts.indent ?? 0;
    const lines = paragraphLines(text, inner - indent, size, opts.weight ?? 'regular');
    lines.forEach((line, i) => {
      flow.need(size * LEADING);
      if (i === 0 && opts.prefix)
        ops().push({
          op: 'text',
          x: M + indent - 12,
          y: flow.y + (size * LEADING - size) / 2,
          text: opts.prefix,
          size,
          weight: 'bold',
          color: color.alert,
        });
      ops().push({
        op: 'text',
        x: M + indent,
        y: flow.y + (size * LEADING - size) / 2,
        text: line,
        size,
        weight: opts.weight ?? 'regular',
        color: opts.color ?? color.ink,
      });
      flow.y += size * LEADING;
    });
  };
  const heading = (text: string) => {
    flow.need(18 + BODY * LEADING * 2);
    flow.y += 10;
    ops().push({ op: 'rect', x: M, y: flow.y + 2, w: 4, h: 14, fill: color.alert });
    flow.y +=
      placeText(
        ops(),
        upper(text),
        { x: M + 10, y: flow.y, width: inner - 10 },
        { maxLines: 1, maxSize: 13, minSize: 9 },
        { weight: 'black', color: color.brand },
      ).height + 4;
  };

  // Title, facts, summary.
  flow.y +=
    placeText(
      ops(),
      data.title,
      { x: M, y: flow.y, width: inner },
      { maxLines: 3, maxSize: 22, minSize: 14, lineHeight: 1.2 },
      { weight: 'black', color: color.ink },
    ).height + 6;
  paragraph(`${t.level}: ${data.level}  ·  ${t.duration}: ${t.minutes(data.minutes)}`, {
    weight: 'semibold',
    color: color.brand,
  });
  flow.y += 4;
  paragraph(data.summary, { color: color.muted });

  heading(t.objectives);
  for (const o of data.objectives) paragraph(o, { indent: 14, prefix: '•' });
  if (data.materials.length > 0) {
    heading(t.materials);
    for (const m of data.materials) paragraph(m, { indent: 14, prefix: '•' });
  }
  heading(t.activities);
  data.activities.forEach((a, i) => {
    flow.need(BODY * LEADING * 3);
    paragraph(`${i + 1}. ${a.name} (${t.minutes(a.minutes)})`, { weight: 'bold' });
    paragraph(a.description, { indent: 14 });
    flow.y += 4;
  });

  // Key messages in a tinted box; the box is drawn behind the lines of each page it spans.
  heading(t.keyMessages);
  for (const m of data.keyMessages) {
    const lines = paragraphLines(m, inner - 28, BODY + 1, 'bold');
    flow.need(lines.length * (BODY + 1) * LEADING + 8);
    ops().push({
      op: 'rect',
      x: M,
      y: flow.y,
      w: inner,
      h: lines.length * (BODY + 1) * LEADING + 6,
      fill: color.paper,
      radius: 4,
    });
    flow.y += 3;
    paragraph(m, { indent: 20, weight: 'bold', size: BODY + 1, prefix: '•' });
    flow.y += 7;
  }

  // Hotline.
  heading(t.hotline);
  for (const c of data.contacts)
    paragraph(`${c.role}: ${c.phone}${c.isExample ? ` (${posterText.board.example})` : ''}`, {
      indent: 14,
      prefix: '•',
    });

  pageFooters(flow.pages, data.url, t.page);

  return { title: data.title, subject: t.kind, author: data.brand.siteName, pages: flow.pages };
}
