/**
 * The slides' layout at the content model's limits: every text box holds its lines (measured with the handout's
 * font, wider than Arial) inside the slide, long lists continue on "(tiếp)" slides instead of overflowing, and no
 * question, option, explanation or number is lost on the way. No build, no office suite: the display list itself.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LINE_PITCH, SLIDE, type Deck } from '../../src/posters/draw/deck';
import { writePptx } from '../../src/posters/draw/pptx';
import type { SlidesData } from '../../src/posters/jobs';
import { measureFor } from '../../src/posters/measure';
import { slidesDeck, slideSummary } from '../../src/posters/templates/slides';
import { wrapWords } from '../../src/posters/text';

const words = (n: number, word = 'phòng chống ma túy học đường') =>
  Array.from({ length: n }, (_, i) => `${word} ${i + 1}`).join(', ');
const long = (chars: number) =>
  words(200)
    .slice(0, chars)
    .replace(/\s\S*$/, '');

const brand = {
  siteName: 'Cổng thông tin phường Điện Biên',
  communeName: 'phường Điện Biên',
  province: 'Thanh Hóa',
  host: 'dienbien.example.vn',
  phone: '0912 000 101',
  phoneIsExample: true,
};
const data: SlidesData = {
  brand,
  title: long(120),
  summary: long(300),
  level: 'Trung học phổ thông',
  minutes: 240,
  classNotes: long(300),
  objectives: Array.from({ length: 14 }, (_, i) => `Mục tiêu ${i + 1}: ${long(150)}`),
  materials: ['Máy chiếu'],
  activities: [
    { name: long(120), minutes: 45, description: long(800) },
    { name: 'Khởi động', minutes: 5, description: 'Trò chơi hỏi đáp ngắn.' },
  ],
  keyMessages: Array.from({ length: 10 }, (_, i) => `Thông điệp ${i + 1}: ${long(140)}`),
  quiz: [
    {
      kind: 'multiple',
      prompt: long(400),
      options: Array.from({ length: 6 }, (_, i) => ({ text: `Phương án ${i + 1} ${long(185)}`, correct: i % 2 === 0 })),
      explanation: long(600),
    },
    {
      kind: 'truefalse',
      prompt: 'Thuốc lá điện tử vô hại.',
      options: [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      explanation: 'Sai.',
    },
  ],
  contacts: Array.from({ length: 9 }, (_, i) => ({
    role: `Vai trò số ${i + 1} của Công an phường`,
    who: 'Nguyễn Văn Bình',
    phone: `0912 000 1${String(i).padStart(2, '0')}`,
    isExample: i % 2 === 0,
  })),
  url: 'https://dienbien.example.vn/bai-giang/x/',
};

/** Every paragraph's lines, measured as the template measures, must fit its box; boxes stay on the slide. */
function overflows(deck: Deck): string[] {
  const problems: string[] = [];
  deck.slides.forEach((slide, s) => {
    for (const box of slide.texts) {
      if (box.x < 0 || box.y < 0 || box.x + box.w > SLIDE.width + 0.01 || box.y + box.h > SLIDE.height + 0.01)
        problems.push(`slide ${s + 1}: box off the slide`);
      const height = box.paragraphs.reduce((sum, p) => {
        const width = box.w - (p.bulletIndent ?? 0);
        const lines = wrapWords(p.text, width / p.size, measureFor(p.bold ? 'bold' : 'regular')).length;
        return sum + (p.spaceBefore ?? 0) + lines * p.size * LINE_PITCH;
      }, 0);
      if (height > box.h + 0.5)
        problems.push(
          `slide ${s + 1}: ${Math.round(height)} pt of text in a ${Math.round(box.h)} pt box (${box.paragraphs[0]?.text.slice(0, 40)})`,
        );
    }
  });
  return problems;
}

const textOf = (deck: Deck) =>
  deck.slides.map((s) => s.texts.flatMap((t) => t.paragraphs.map((p) => p.text)).join(' '));

describe('slides at the limits of the content model', () => {
  const deck = slidesDeck(data);

  it('no text box holds more lines than fit, and nothing leaves the slide', () => {
    expect(overflows(deck)).toEqual([]);
  });

  it('long objectives, key messages and a long question continue on "(tiếp)" slides, keeping every word', () => {
    const slides = textOf(deck);
    expect(slides.some((s) => s.includes('Mục tiêu bài học (tiếp)'))).toBe(true);
    expect(slides.some((s) => s.includes('Thông điệp chính (tiếp)'))).toBe(true);
    const all = slides.join(' ');
    for (const o of data.objectives) expect(all).toContain(o);
    for (const m of data.keyMessages) expect(all).toContain(m);
    for (const o of data.quiz[0]!.options) expect(all).toContain(o.text);
    expect(all).toContain(data.quiz[0]!.explanation);
    for (const c of data.contacts) expect(all).toContain(`${c.phone}${c.isExample ? ' (số minh họa)' : ''}`);
  });

  it('an activity slide shows a short summary; the whole description is in its speaker notes', () => {
    const activity = deck.slides.find((s) => s.notes.includes(data.activities[0]!.description))!;
    expect(activity).toBeDefined();
    const shown = activity.texts.flatMap((t) => t.paragraphs.map((p) => p.text)).join(' ');
    expect(shown).toContain(slideSummary(data.activities[0]!.description));
    expect(slideSummary(data.activities[0]!.description).length).toBeLessThanOrEqual(220);
    expect(slideSummary('Ngắn gọn.')).toBe('Ngắn gọn.');
  });

  it('the answer of each question is on the slide after its last question slide', () => {
    const slides = textOf(deck);
    const lastAsked = slides.findLastIndex((s) => s.includes('Câu hỏi 2/2'));
    expect(slides[lastAsked + 1]).toContain('Đáp án câu 2/2');
    expect(slides[lastAsked + 1]).toContain('B. Sai');
  });

  it('writes hostile text as text: markup escaped everywhere, no character XML forbids, in every part of the package', async () => {
    const evil = 'A & B <b>x</b> "q" \u0001\u001f\uFFFE\uD800 ]]>';
    const hostile: SlidesData = {
      ...data,
      brand: { ...brand, communeName: 'xã A & B <C>', siteName: evil },
      title: evil,
      quiz: [{ ...data.quiz[0]!, prompt: evil, explanation: evil }],
    };
    const parts = unzipSync(await writePptx(slidesDeck(hostile)));
    const xml = Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')] as const);
    expect(xml.length).toBeGreaterThan(10);
    for (const [name, text] of xml) {
      expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
      expect(text, name).not.toContain('<b>');
      expect(text, name).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/);
    }
    const app = xml.find(([name]) => name === 'docProps/app.xml')![1];
    expect(app).toContain('<Company>Xã A &amp; B &lt;C&gt;</Company>');
  });
});
