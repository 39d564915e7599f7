/** Fitting titles into boxes: wrap at spaces, shrink, never overflow, never split a word; NFD input becomes NFC. */
import { describe, expect, it } from 'vitest';
import { hasGlyph, measureFor } from '../../src/posters/measure';
import { clean, fitText, wrapWords } from '../../src/posters/text';

const measure = measureFor('black');
const box = { maxWidth: 1080, maxLines: 4, maxSize: 66, minSize: 40, lineHeight: 1.16 };
const widest = (lines: string[], size: number) => Math.max(...lines.map((l) => measure(l) * size));

describe('fitText', () => {
  it('sets a short title at the largest size on one line', () => {
    const fit = fitText('Đường dây nóng', box, measure);
    expect(fit.size).toBe(66);
    expect(fit.lines).toEqual(['Đường dây nóng']);
    expect(fit.truncated).toBe(false);
  });

  it('wraps and shrinks a long title so that every line fits and every word stays whole', () => {
    const title =
      'Nhận diện ma túy "núp bóng": nước vui, tem giấy, bóng cười, thuốc lá điện tử và những loại ma túy mới đang nhắm vào học sinh, sinh viên';
    const fit = fitText(title, box, measure);
    expect(fit.lines.length).toBeLessThanOrEqual(4);
    expect(fit.size).toBeLessThan(66);
    expect(widest(fit.lines, fit.size)).toBeLessThanOrEqual(1080);
    expect(fit.lines.join(' ')).toBe(title);
  });

  it('cuts an impossibly long text after a whole word, with an ellipsis, still inside the box', () => {
    const title = 'Phòng, chống ma túy '.repeat(30).trim();
    const fit = fitText(title, box, measure);
    expect(fit.truncated).toBe(true);
    expect(fit.lines).toHaveLength(4);
    expect(fit.lines[3]).toMatch(/…$/);
    expect(widest(fit.lines, fit.size)).toBeLessThanOrEqual(1080);
    for (const word of fit.lines.join(' ').replace('…', '').split(' '))
      expect(['Phòng,', 'chống', 'ma', 'túy', 'Phòng', 'chống']).toContain(word);
  });

  it('shrinks below the smallest size rather than break a single word wider than the box', () => {
    const fit = fitText('Siêuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuudàiiiiiii', { ...box, maxWidth: 400 }, measure);
    expect(fit.lines).toHaveLength(1);
    expect(widest(fit.lines, fit.size)).toBeLessThanOrEqual(400);
  });
});

describe('Vietnamese text', () => {
  it('normalizes decomposed (NFD) input to NFC before measuring and drawing', () => {
    const nfd = 'Trưởng Công an xã'.normalize('NFD');
    expect(nfd).not.toBe('Trưởng Công an xã');
    expect(clean(nfd)).toBe('Trưởng Công an xã');
    // Characters no print or slide can hold (a YAML "\x01" escape, a noncharacter, half a surrogate pair) are dropped.
    expect(clean('ma\u0001 t\u00fay\uFFFE\uD800 \u0085đá')).toBe('ma túy đá');
    expect(wrapWords(nfd, 1e6, measure)).toEqual(['Trưởng Công an xã']);
    expect(fitText(`  ĐƯỜNG   DÂY\nNÓNG `.normalize('NFD'), box, measure).lines).toEqual(['ĐƯỜNG DÂY NÓNG']);
  });

  it('the font has a glyph for every Vietnamese letter, in every case and weight', () => {
    const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
    const all = [...letters, ...letters.toLocaleUpperCase('vi'), '…', '•', '–', '“', '”', '·'];
    for (const weight of ['regular', 'semibold', 'bold', 'black'] as const) {
      const missing = all.filter((ch) => !hasGlyph(weight, ch));
      expect(missing, weight).toEqual([]);
    }
    // And the check can fail: a letter outside the font is reported.
    expect(hasGlyph('regular', '中')).toBe(false);
  });
});
