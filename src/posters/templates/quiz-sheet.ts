/**
 * A lesson's quiz on A4: the worksheet for students (name and class lines, each question with an empty box before
 * every option, no answers) and the answer key for the teacher (the correct boxes ticked, the answer letters and
 * the explanation). Same header, font and page footers as the handout; a question is kept on one page when it fits.
 */
import { lessonFilesText } from '../../i18n/lesson-files.ts';
import { quizPageText } from '../../i18n/quiz.ts';
import { posterText } from '../../i18n/posters.ts';
import { mm, PAPER, type Op, type PrintDoc } from '../draw/doc.ts';
import { emblemOps, TICK } from '../draw/emblem.ts';
import { Flow, paragraphLines, placeText, widthOf } from '../draw/layout.ts';
import type { Weight } from '../fonts.ts';
import type { QuizSheetData } from '../jobs.ts';
import { correctLetters } from './slides.ts';
import { continuationHead, pageFooters } from './a4-sheet.ts';
import { color, upper } from './style.ts';

const t = lessonFilesText.sheets;
const BODY = 11;
const LEADING = 1.4;
const LETTERS = 'ABCDEFGH';

/** A line of text to draw, already wrapped. */
interface Line {
  text: string;
  size: number;
  weight: Weight;
  color: string;
  indent: number;
  /** Space above this line. */
  before: number;
  /** An answer box left of this line: empty, or ticked. */
  box?: 'empty' | 'ticked';
}

function quizSheetDoc(data: QuizSheetData, mode: 'worksheet' | 'key'): PrintDoc {
  const { width: W, height: H } = PAPER.A4;
  const M = mm(18);
  const inner = W - 2 * M;
  const kind = mode === 'worksheet' ? t.worksheetKind : t.answerKeyKind;

  const flow = new Flow(PAPER.A4, H - M - 24, (page, index) => {
    const ops = page.ops;
    if (index > 0) return continuationHead(ops, data.title);
    ops.push({ op: 'rect', x: 0, y: 0, w: W, h: 70, fill: mode === 'worksheet' ? color.brand : color.alert });
    ops.push(...emblemOps(M, 14, 42, color.white, mode === 'worksheet' ? color.alert : color.brand));
    placeText(
      ops,
      kind,
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
    return 88;
  });
  const ops = () => flow.page.ops;

  /** Draws lines, moving to a new page between lines when needed. */
  const draw = (lines: Line[]) => {
    for (const line of lines) {
      const h = line.size * LEADING;
      flow.need(line.before + h);
      flow.y += line.before;
      const top = flow.y + (h - line.size) / 2;
      if (line.box) box(ops(), M + line.indent - 18, top - 0.5, line.size + 1, line.box === 'ticked');
      ops().push({
        op: 'text',
        x: M + line.indent,
        y: top,
        text: line.text,
        size: line.size,
        weight: line.weight,
        color: line.color,
      });
      flow.y += h;
    }
  };
  const wrap = (text: string, opts: Omit<Line, 'text' | 'before'> & { before?: number }): Line[] =>
    paragraphLines(text, inner - opts.indent, opts.size, opts.weight).map((line, i) => ({
      ...opts,
      text: line,
      before: i === 0 ? (opts.before ?? 0) : 0,
      box: i === 0 ? opts.box : undefined,
    }));
  const height = (lines: Line[]) => lines.reduce((sum, l) => sum + l.before + l.size * LEADING, 0);

  // Title, level, and for students the name, class and date lines.
  flow.y +=
    placeText(
      ops(),
      data.title,
      { x: M, y: flow.y, width: inner },
      { maxLines: 3, maxSize: 18, minSize: 12, lineHeight: 1.2 },
      { weight: 'black', color: color.ink },
    ).height + 4;
  draw(
    wrap(
      mode === 'worksheet' ? `${t.level}: ${data.level}  ·  ${t.score(data.quiz.length)}` : `${t.level}: ${data.level}`,
      { size: BODY, weight: 'semibold', color: color.brand, indent: 0 },
    ),
  );
  if (mode === 'worksheet') {
    flow.y += 10;
    const fields: [string, number][] = [
      [t.name, inner * 0.5],
      [t.className, inner * 0.2],
      [t.date, inner * 0.3],
    ];
    let x = M;
    for (const [label, width] of fields) {
      ops().push({ op: 'text', x, y: flow.y, text: label, size: BODY, weight: 'semibold', color: color.ink });
      const start = x + widthOf(label, 'semibold', BODY) + 4;
      ops().push({
        op: 'line',
        x1: start,
        y1: flow.y + BODY + 2,
        x2: x + width - 10,
        y2: flow.y + BODY + 2,
        stroke: color.muted,
        lineWidth: 0.6,
        dash: 1.5,
      });
      x += width;
    }
    flow.y += BODY * LEADING + 8;
    draw(wrap(t.intro, { size: BODY, weight: 'regular', color: color.muted, indent: 0 }));
  } else {
    flow.y += 6;
    draw(wrap(t.keyIntro(data.quiz.length), { size: BODY, weight: 'regular', color: color.muted, indent: 0 }));
  }

  data.quiz.forEach((q, i) => {
    const lines: Line[] = [
      ...wrap(`${t.question(i + 1)} ${q.prompt}`, {
        size: BODY + 0.5,
        weight: 'bold',
        color: color.ink,
        indent: 0,
        before: 14,
      }),
      ...wrap(quizPageText.kindHint[q.kind], {
        size: BODY - 1.5,
        weight: 'regular',
        color: color.muted,
        indent: 0,
        before: 1,
      }),
      ...q.options.flatMap((o, j) =>
        wrap(`${LETTERS[j]}. ${o.text}`, {
          size: BODY,
          weight: mode === 'key' && o.correct ? 'bold' : 'regular',
          color: mode === 'key' && o.correct ? color.brand : color.ink,
          indent: 24,
          before: 4,
          box: mode === 'key' && o.correct ? 'ticked' : 'empty',
        }),
      ),
    ];
    if (mode === 'key') {
      lines.push(
        ...wrap(`${t.answerIs} ${correctLetters(q)}`, {
          size: BODY,
          weight: 'bold',
          color: color.alert,
          indent: 0,
          before: 6,
        }),
      );
      lines.push(
        ...wrap(`${t.explanation} ${q.explanation}`, {
          size: BODY,
          weight: 'regular',
          color: color.ink,
          indent: 0,
          before: 2,
        }),
      );
    }
    // Keep a question on one page when it fits on a page at all.
    if (height(lines) <= flow.bottom - 92) flow.need(height(lines));
    draw(lines);
  });

  pageFooters(flow.pages, data.url, t.page);
  const subject = mode === 'worksheet' ? t.worksheetSubject : t.answerKeySubject;
  return { title: `${kind}: ${data.title}`, subject, author: data.brand.siteName, pages: flow.pages };
}

/** An answer box: an empty square, or a filled one with a tick. */
function box(ops: Op[], x: number, y: number, size: number, ticked: boolean) {
  if (!ticked) {
    ops.push({ op: 'rect', x, y, w: size, h: size, stroke: color.ink, lineWidth: 0.9 });
    return;
  }
  ops.push({ op: 'rect', x, y, w: size, h: size, fill: color.brand, stroke: color.brand, lineWidth: 0.9 });
  // The emblem's tick (drawn in a 32-unit box) scaled into the square.
  const scale = size / 24;
  ops.push({ op: 'path', d: TICK, x: x - 6 * scale, y: y - 3.5 * scale, scale, stroke: color.white, lineWidth: 3.4 });
}

/** The worksheet for students: questions and empty boxes, no answers. */
export const worksheetDoc = (data: QuizSheetData) => quizSheetDoc(data, 'worksheet');
/** The answer key for the teacher: the same questions with the correct boxes ticked, the answers and explanations. */
export const answerKeyDoc = (data: QuizSheetData) => quizSheetDoc(data, 'key');
