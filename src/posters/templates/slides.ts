/**
 * A lesson's slides (16:9): title slide (lesson, level, commune), objectives, one slide per activity with its
 * minutes in the title and its instructions in the speaker notes, key messages, the quiz one question per slide
 * with the answer and explanation on the next, and the hotline. Every line is measured with the handout's font,
 * which is wider than Arial, so text measured to fit here fits in PowerPoint, LibreOffice and Google Slides; a
 * slide whose text does not fit at the smallest size continues on a next slide "(tiếp)", so nothing overflows.
 */
import type { QuizQuestion } from '../../data/quiz.ts';
import { lessonFilesText } from '../../i18n/lesson-files.ts';
import { quizPageText } from '../../i18n/quiz.ts';
import { LINE_PITCH, SLIDE, type Deck, type DeckParagraph, type DeckSlide } from '../draw/deck.ts';
import type { SlidesData } from '../jobs.ts';
import { measureFor } from '../measure.ts';
import { clean, fitText, wrapWords } from '../text.ts';
import { capitalize, color, upper } from './style.ts';

const t = lessonFilesText.slides;
const { width: W, height: H } = SLIDE;
/** Side margin, title band height, body box and footer line, in points. */
const M = 48;
const BAND = 116;
const BODY = { x: M, y: BAND + 26, w: W - 2 * M, h: H - BAND - 26 - 50 };
const FOOTER_Y = H - 34;
const LETTERS = 'ABCDEFGH';

/** A paragraph before the slide's size is chosen: its size is `scale` × the body size. */
interface Block {
  text: string;
  scale: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  bullet?: boolean;
  /** Space above, as a multiple of the body size (not above a slide's first paragraph). */
  gap?: number;
}

/** The sizes a slide's body may take: the largest that fits, down to the smallest before continuing on a next slide. */
interface SizeRange {
  max: number;
  min: number;
}

const measure = (b: Block) => measureFor(b.bold ? 'bold' : 'regular');
const indentOf = (size: number) => Math.round(size * 0.9);

/** Lines of a block at a body size. */
function linesOf(b: Block, base: number, width = BODY.w): string[] {
  const size = base * b.scale;
  return wrapWords(b.text, (width - (b.bullet ? indentOf(size) : 0)) / size, measure(b));
}

function heightOf(b: Block, base: number, first: boolean): number {
  const size = base * b.scale;
  return linesOf(b, base).length * size * LINE_PITCH + (first ? 0 : (b.gap ?? 0) * base);
}

const totalHeight = (blocks: Block[], base: number) =>
  blocks.reduce((sum, b, i) => sum + heightOf(b, base, i === 0), 0);

/** The largest whole size in the range at which the blocks fit the body box, or undefined. */
function fittingSize(blocks: Block[], range: SizeRange): number | undefined {
  for (let size = range.max; size >= range.min; size--) if (totalHeight(blocks, size) <= BODY.h) return size;
  return undefined;
}

/** Blocks shared out over as many slides as they need at the smallest size; a block taller than a slide is cut between lines. */
function paginate(blocks: Block[], range: SizeRange): Block[][] {
  const base = range.min;
  const pages: Block[][] = [];
  let page: Block[] = [];
  let used = 0;
  const flush = () => {
    if (page.length) pages.push(page);
    page = [];
    used = 0;
  };
  for (const block of blocks) {
    const h = heightOf(block, base, page.length === 0);
    if (used + h <= BODY.h) {
      page.push(block);
      used += h;
      continue;
    }
    flush();
    if (heightOf(block, base, true) <= BODY.h) {
      page.push(block);
      used = heightOf(block, base, true);
      continue;
    }
    // One paragraph longer than a whole slide: whole lines per slide (a word is never split).
    const perSlide = Math.max(1, Math.floor(BODY.h / (base * block.scale * LINE_PITCH)));
    const lines = linesOf(block, base);
    for (let i = 0; i < lines.length; i += perSlide) {
      page.push({ ...block, text: lines.slice(i, i + perSlide).join(' '), bullet: i === 0 && block.bullet });
      used = BODY.h;
      flush();
    }
  }
  flush();
  return pages;
}

function paragraphs(blocks: Block[], base: number): DeckParagraph[] {
  return blocks.map((b, i) => {
    const size = Math.round(base * b.scale * 10) / 10;
    return {
      text: b.text,
      size,
      color: b.color,
      bold: b.bold,
      italic: b.italic,
      bulletIndent: b.bullet ? indentOf(size) : undefined,
      spaceBefore: i === 0 ? 0 : Math.round((b.gap ?? 0) * base),
    };
  });
}

/** The blue title band: a small yellow line above the title, the title on one or two lines. */
function band(slide: DeckSlide, kicker: string, title: string) {
  slide.boxes.push({ x: 0, y: 0, w: W, h: BAND, fill: color.brand }, { x: 0, y: BAND, w: W, h: 5, fill: color.alert });
  const k = fitText(
    kicker,
    { maxWidth: BODY.w, maxLines: 1, maxSize: 14, minSize: 9, lineHeight: LINE_PITCH },
    measureFor('bold'),
  );
  slide.texts.push({
    x: M,
    y: 16,
    w: BODY.w,
    h: 20,
    paragraphs: [{ text: k.lines.join(' '), size: Math.floor(k.size * 10) / 10, color: color.yellow, bold: true }],
  });
  const fit = fitText(
    title,
    { maxWidth: BODY.w, maxLines: 2, maxSize: 32, minSize: 18, maxHeight: 70, lineHeight: LINE_PITCH },
    measureFor('bold'),
  );
  slide.texts.push({
    x: M,
    y: 40,
    w: BODY.w,
    h: 70,
    valign: 'middle',
    paragraphs: [{ text: fit.lines.join(' '), size: Math.floor(fit.size * 10) / 10, color: color.white, bold: true }],
  });
}

/** Content slides: the band, the body at the largest size that fits, continued on further slides when needed. */
function contentSlides(kicker: string, title: string, blocks: Block[], range: SizeRange, notes: string): DeckSlide[] {
  const whole = fittingSize(blocks, range);
  const pages = whole !== undefined ? [blocks] : paginate(blocks, range);
  return pages.map((page, i) => {
    const slide: DeckSlide = { background: color.white, boxes: [], texts: [], notes };
    band(slide, kicker, i === 0 ? title : t.continued(title));
    const size = fittingSize(page, range) ?? range.min;
    slide.texts.push({ ...BODY, paragraphs: paragraphs(page, size) });
    return slide;
  });
}

/** What an activity slide shows: the whole description when short, else its first sentence, cut at a word if long. */
export function slideSummary(description: string, max = 220): string {
  const text = clean(description);
  if (text.length <= max) return text;
  const first = text.split(/(?<=[.!?…])\s+/)[0]!;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 20);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,.;:–-]+$/, '')}…`;
}

/** "B" or "A, C": the letters of the correct options. */
export function correctLetters(q: QuizQuestion): string {
  return q.options.flatMap((o, i) => (o.correct ? [LETTERS[i]!] : [])).join(', ');
}

function titleSlide(data: SlidesData): DeckSlide {
  const slide: DeckSlide = {
    background: color.brand,
    boxes: [{ x: 0, y: 0, w: 16, h: H, fill: color.alert }],
    texts: [],
    notes: '',
  };
  const width = W - 2 * M;
  slide.texts.push({
    x: M,
    y: 56,
    w: width,
    h: 24,
    paragraphs: [{ text: t.kicker, size: 16, color: color.yellow, bold: true }],
  });
  const title = fitText(
    data.title,
    { maxWidth: width, maxLines: 3, maxSize: 44, minSize: 26, lineHeight: LINE_PITCH },
    measureFor('bold'),
  );
  const titleHeight = title.lines.length * title.size * LINE_PITCH;
  slide.texts.push({
    x: M,
    y: 92,
    w: width,
    h: titleHeight,
    paragraphs: [
      { text: title.lines.join(' '), size: Math.floor(title.size * 10) / 10, color: color.white, bold: true },
    ],
  });
  let y = 92 + titleHeight + 14;
  slide.texts.push({
    x: M,
    y,
    w: width,
    h: 30,
    paragraphs: [{ text: t.facts(data.level, data.minutes), size: 22, color: color.yellow, bold: true }],
  });
  y += 40;
  const bottom = 408;
  const summary = fitText(
    data.summary,
    { maxWidth: width, maxLines: 4, maxSize: 18, minSize: 14, maxHeight: bottom - y, lineHeight: LINE_PITCH },
    measureFor('regular'),
  );
  if (bottom - y >= 14 * LINE_PITCH)
    slide.texts.push({
      x: M,
      y,
      w: width,
      h: bottom - y,
      paragraphs: [{ text: summary.lines.join(' '), size: Math.floor(summary.size * 10) / 10, color: '#dbe5f6' }],
    });
  slide.boxes.push({ x: M, y: 424, w: width, h: 2, fill: color.yellow });
  const commune = [capitalize(data.brand.communeName), data.brand.province].filter(Boolean).join(', ');
  slide.texts.push({
    x: M,
    y: 438,
    w: width,
    h: 30,
    paragraphs: [{ text: commune, size: 22, color: color.white, bold: true }],
  });
  slide.texts.push({
    x: M,
    y: 472,
    w: width,
    h: 22,
    paragraphs: [{ text: `${data.brand.siteName} · ${data.brand.host}`, size: 14, color: color.yellow }],
  });
  const notes = [`${t.notes.summary} ${data.summary}`];
  if (data.classNotes) notes.push(`${t.notes.classNotes} ${data.classNotes}`);
  if (data.materials.length) notes.push(`${t.notes.materials} ${data.materials.join('; ')}.`);
  notes.push(`${t.notes.page} ${data.url}`);
  slide.notes = notes.join('\n');
  return slide;
}

function quizSlides(quiz: QuizQuestion[]): DeckSlide[] {
  const total = quiz.length;
  return quiz.flatMap((q, i) => {
    const n = i + 1;
    const options = q.options.map((o, j) => ({
      text: `${LETTERS[j]}. ${o.text}`,
      scale: 0.95,
      color: color.ink,
      gap: 0.5,
    }));
    const question: Block[] = [
      { text: q.prompt, scale: 1, color: color.ink, bold: true },
      { text: quizPageText.kindHint[q.kind], scale: 0.75, color: color.muted, italic: true, gap: 0.35 },
      ...options,
    ];
    const correct = q.options.flatMap((o, j) =>
      o.correct ? [{ text: `${LETTERS[j]}. ${o.text}`, scale: 1, color: color.brand, bold: true, gap: 0.35 }] : [],
    );
    const answer: Block[] = [
      { text: q.prompt, scale: 0.75, color: color.muted },
      { text: t.answerIs, scale: 0.8, color: color.alert, bold: true, gap: 0.7 },
      ...correct,
      { text: `${t.explanation} ${q.explanation}`, scale: 0.9, color: color.ink, gap: 0.7 },
    ];
    return [
      ...contentSlides(
        t.quizKicker,
        t.question(n, total),
        question,
        { max: 32, min: 16 },
        t.notes.answer(correctLetters(q)),
      ),
      ...contentSlides(
        t.quizKicker,
        t.answer(n, total),
        answer,
        { max: 32, min: 16 },
        `${t.explanation} ${q.explanation}`,
      ),
    ];
  });
}

function hotlineSlides(data: SlidesData): DeckSlide[] {
  const blocks: Block[] = data.contacts.flatMap((c, i): Block[] => [
    { text: [c.role, c.who].filter(Boolean).join(' – '), scale: 0.7, color: color.muted, gap: i === 0 ? 0 : 0.55 },
    { text: `${c.phone}${c.isExample ? ` (${t.example})` : ''}`, scale: 1, color: color.brand, bold: true, gap: 0.1 },
  ]);
  blocks.push(
    { text: t.emergency, scale: 0.9, color: color.alert, bold: true, gap: 0.8 },
    { text: t.secret, scale: 0.7, color: color.muted, gap: 0.3 },
  );
  return contentSlides(upper(data.brand.communeName), t.hotline, blocks, { max: 30, min: 14 }, data.url);
}

/** Slide numbers and the commune's line at the foot of every slide but the first. */
function footers(slides: DeckSlide[], data: SlidesData) {
  slides.forEach((slide, i) => {
    if (i === 0) return;
    const line = fitText(
      `${capitalize(data.brand.communeName)} · ${data.brand.host}`,
      { maxWidth: BODY.w - 80, maxLines: 1, maxSize: 11, minSize: 7 },
      measureFor('regular'),
    );
    slide.texts.push({
      x: M,
      y: FOOTER_Y,
      w: BODY.w - 80,
      h: 16,
      paragraphs: [{ text: line.lines.join(' '), size: Math.floor(line.size * 10) / 10, color: color.muted }],
    });
    slide.texts.push({
      x: W - M - 80,
      y: FOOTER_Y,
      w: 80,
      h: 16,
      paragraphs: [{ text: `${i + 1}/${slides.length}`, size: 11, color: color.muted, align: 'right' }],
    });
  });
}

/** The deck of a lesson. */
export function slidesDeck(data: SlidesData): Deck {
  const slides: DeckSlide[] = [titleSlide(data)];
  slides.push(
    ...contentSlides(
      t.kicker,
      t.objectives,
      data.objectives.map((o, i) => ({ text: o, scale: 1, color: color.ink, bullet: true, gap: i ? 0.5 : 0 })),
      { max: 36, min: 18 },
      '',
    ),
  );
  const count = data.activities.length;
  data.activities.forEach((a, i) => {
    slides.push(
      ...contentSlides(
        t.activity(i + 1, count),
        t.activityTitle(a.name, a.minutes),
        [{ text: slideSummary(a.description), scale: 1, color: color.ink }],
        { max: 36, min: 20 },
        `${t.notes.activity(a.name, a.minutes)}\n${a.description}`,
      ),
    );
  });
  slides.push(
    ...contentSlides(
      t.kicker,
      t.keyMessages,
      data.keyMessages.map((m) => ({ text: m, scale: 1, color: color.brand, bold: true, bullet: true, gap: 0.6 })),
      { max: 36, min: 18 },
      '',
    ),
  );
  slides.push(...quizSlides(data.quiz), ...hotlineSlides(data));
  footers(slides, data);
  return {
    title: data.title,
    subject: t.kicker,
    author: data.brand.siteName,
    company: capitalize(data.brand.communeName),
    slides,
  };
}
