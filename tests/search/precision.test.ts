/** The precision rules, as pure logic: stop words, synonym meanings as phrases, the all-words rule, the closest
 * pages, which of Pagefind's highlights match the query, and place names. */
import { describe, expect, it } from 'vitest';
import { closestPages, pagesWithAll } from '../../src/search/query/all-words';
import { markMatches } from '../../src/search/query/highlight';
import { mergeHits } from '../../src/search/query/merge';
import { placeNames, placeWords, placeWordWithoutPlace, usesPlaceWord } from '../../src/search/query/places';
import { collectDWords, dReadings, planQuery, type Synonym } from '../../src/search/query/query-plan';
import { isStopWord, significance, STOP_WORDS } from '../../src/search/query/stop-words';

const dWords = collectDWords(['Ma túy đá là gì', 'đăng ký tạm trú', 'Đăng tin', 'dân cư', 'dạy con', 'đã báo']);
const synonyms: Synonym[] = [
  { slang: ['vape'], means: ['thuốc lá điện tử', 'ketamine'] },
  { slang: ['nước vui'], means: ['ma túy núp bóng'] },
];
const hit = (id: string, score = 1) => ({ id, score, handle: id });

describe('stop words', () => {
  it('are the common function words, typed with their marks or spelled without any', () => {
    for (const w of [
      'và',
      'của',
      'là',
      'có',
      'cho',
      'với',
      'ở',
      'được',
      'về',
      'một',
      'để',
      'trong',
      'ra',
      'vào',
      'Của,',
      'VÀ',
    ]) {
      expect(isStopWord(w), w).toBe(true);
    }
    expect(STOP_WORDS.length).toBeGreaterThanOrEqual(20);
  });

  it('never swallow a content word spelled alike without marks ("ma" is not "mà", "co" may be "cỏ")', () => {
    for (const w of ['ma', 'co', 'la', 've', 'tuy', 'cỏ', 'lá', 'do', 'đồ']) expect(isStopWord(w), w).toBe(false);
  });

  it('leave every word significant when the query is nothing but stop words', () => {
    expect(significance(['cách', 'phòng', 'của', 'xã'])).toEqual([true, true, false, true]);
    expect(significance(['và', 'của'])).toEqual([true, true]);
  });

  it('are left out of the words searched and required, but kept in the phrase that ranks first', () => {
    const [plan] = planQuery('lễ ra quân của xã', [], dWords);
    expect(plan!.terms).toBe('lễ quân xã');
    expect(plan!.required.map((r) => r.word)).toEqual(['lễ', 'quân', 'xã']);
    expect(plan!.sequence).toBe('lễ ra quân của xã');
  });
});

describe('synonym meanings are phrases', () => {
  it('a meaning of several words is required as one phrase, the reader’s other words one by one', () => {
    const plans = planQuery('vape hoc sinh', synonyms, dWords);
    const phrase = plans.find((p) => p.via === 'thuốc lá điện tử')!;
    expect(phrase.phrases).toEqual(['thuốc lá điện tử']);
    expect(phrase.required.map((r) => r.word)).toEqual(['hoc', 'sinh']);
    expect(phrase.terms).toBe('thuốc lá điện tử hoc sinh');
  });

  it('a meaning of one word is a required word like any other; the reader’s own plan has no phrase', () => {
    const plans = planQuery('vape', synonyms, dWords);
    expect(plans.find((p) => p.via === 'ketamine')).toMatchObject({
      phrases: [],
      required: [{ word: 'ketamine', whole: true }],
    });
    expect(plans[0]).toMatchObject({ terms: 'vape', phrases: [], required: [{ word: 'vape', whole: false }] });
  });

  it('the meaning is not read again for d/đ: it is the editors’ spelling', () => {
    const plans = planQuery('nuoc vui', synonyms, dWords);
    expect(plans.filter((p) => p.via).map((p) => p.phrases)).toEqual([['ma túy núp bóng']]);
  });
});

describe('a guessed đ is a whole word', () => {
  it('"da" is read as itself (a prefix) and as the whole word "đa" (đá, đã), never as the start of "đăng"', () => {
    const readings = dReadings('da', dWords);
    expect(readings.find((r) => r.word === 'da')?.guess).toBeUndefined();
    expect(readings.find((r) => r.word === 'đa')?.guess).toBe(true);
    const plans = planQuery('ma tuy da', [], dWords);
    const guessed = plans.find((p) => p.terms === 'ma tuy đa')!;
    expect(guessed.required).toEqual([
      { word: 'ma', whole: true },
      { word: 'tuy', whole: true },
      { word: 'đa', whole: true },
    ]);
  });

  it('is weighted by the pages using the whole word, not every word it begins', () => {
    // "đa" (đá, đã) is on 2 pages, words starting with "đa" (đăng too) on 4: the weight counts 2.
    const words = collectDWords(['đá', 'đã', 'đăng', 'đăng ký', 'dạ', 'dân']);
    expect(dReadings('da', words)).toEqual([
      { word: 'da', weight: 1 },
      { word: 'đa', weight: 1, guess: true },
    ]);
  });
});

describe('the all-words rule', () => {
  it('keeps the pages every search found', () => {
    expect(pagesWithAll([new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']), new Set(['c', 'b'])])).toEqual(
      new Set(['b', 'c']),
    );
  });

  it('finds nothing when one word is on no page (Pagefind alone would drop that word)', () => {
    expect(pagesWithAll([new Set(['a', 'b']), new Set()])).toEqual(new Set());
  });

  it('requires nothing when there is nothing to require', () => {
    expect(pagesWithAll([])).toBeUndefined();
  });
});

describe('the closest pages', () => {
  it('rank by the share of words held, then by score, and never list a page holding none', () => {
    const plans = [
      { weight: 1, units: [[hit('a', 2), hit('b', 1)], [hit('b', 3)], []] },
      { weight: 0.5, units: [[hit('c', 1)]] },
    ];
    // b holds 2 of 3 words; a 1 of 3 (score 1); c 1 of 1 in a lighter plan (share 1).
    expect(closestPages(plans, 5)).toEqual(['c', 'b', 'a']);
    expect(closestPages(plans, 2)).toEqual(['c', 'b']);
    expect(closestPages([{ weight: 1, units: [[], []] }], 5)).toEqual([]);
  });

  it('keep a page’s best plan', () => {
    const plans = [
      { weight: 1, units: [[hit('a')], [hit('x')]] },
      { weight: 1, units: [[hit('a')], [hit('a')]] },
    ];
    expect(closestPages(plans, 1)).toEqual(['a']);
  });
});

describe('highlights', () => {
  it('keep prefix matches of the reader’s words and whole-word matches of a guessed đ', () => {
    const words = [
      { word: 'da', whole: false },
      { word: 'đa', whole: true },
    ];
    expect(markMatches('dân', words)).toBe(true);
    expect(markMatches('đá,', words)).toBe(true);
    expect(markMatches('Đã', words)).toBe(true);
    expect(markMatches('Đăng', words)).toBe(false);
    expect(markMatches('đang', words)).toBe(false);
  });

  it('match a compound by the whole or by any part', () => {
    expect(markMatches('240/KH-UBND', [{ word: '240/KH-UBND', whole: false }])).toBe(true);
    expect(markMatches('240/KH-UBND,', [{ word: 'ubnd', whole: true }])).toBe(true);
    expect(markMatches('240/KH-UBND', [{ word: 'xyz', whole: false }])).toBe(false);
  });
});

describe('place names', () => {
  const names = ['Lạc Phượng', 'Tân Hưng', 'Thượng Phúc', 'Vân Dương', 'Số 1'];

  it('a word of a place name, the place not named: place pages go last', () => {
    for (const q of ['hưng', 'hung', 'hạnh phúc', 'hung phan']) expect(placeWordWithoutPlace([q], names), q).toBe(true);
  });

  it('a place named in full, or no place word at all: no change', () => {
    for (const q of ['tan hung', 'Thôn Tân Hưng', 'đuong day nong van duong', 'ma tuy', 'phấn']) {
      expect(placeWordWithoutPlace([q], names), q).toBe(false);
    }
    // The likeliest reading decides whether a place word is used; any reading may name the place.
    expect(placeWordWithoutPlace(['đuong', 'duong'], names)).toBe(false);
    expect(placeWordWithoutPlace(['đuong tan', 'duong tan'], names)).toBe(true);
    expect(placeWordWithoutPlace(['đan van duong', 'dan van duong'], names)).toBe(false);
  });

  it('the words alone tell when the names are needed: a reading that uses none of them is never a place word', () => {
    const words = placeWords(names);
    expect(words).toEqual(['duong', 'hung', 'lac', 'phuc', 'phuong', 'tan', 'thuong', 'van']);
    const readings = [
      ['hưng'],
      ['tan hung'],
      ['ma tuy'],
      ['đuong', 'duong'],
      ['đuong tan', 'duong tan'],
      ['Số 1'],
      ['phấn'],
    ];
    for (const r of readings) {
      if (!usesPlaceWord(r[0]!, words)) expect(placeWordWithoutPlace(r, names), r[0]).toBe(false);
    }
    expect(usesPlaceWord('ma tuy', words)).toBe(false);
    expect(usesPlaceWord('Tân Hưng', words)).toBe(true);
  });

  it('numbered names ("Số 1", "Khu phố 3") are not place words: "số" is everyday speech', () => {
    expect(placeNames(names)).not.toContain('Số 1');
    expect(placeWordWithoutPlace(['so đien thoai'], names)).toBe(false);
  });

  it('in the merged list, place pages come after the others unless they hold the query as a phrase', () => {
    const perPlan = [
      {
        weight: 1,
        exact: false,
        hits: [hit('place', 9), hit('article', 2), hit('board', 5)],
        phrase: new Set(['board']),
      },
    ];
    expect(mergeHits(perPlan, new Set(['place', 'board'])).map((h) => h.id)).toEqual(['board', 'article', 'place']);
    expect(mergeHits(perPlan).map((h) => h.id)).toEqual(['board', 'place', 'article']);
  });
});

describe('finished words are whole words', () => {
  it('every word but the last must be on the page whole; the last may be unfinished (a prefix)', () => {
    const [plan] = planQuery('thôn đông', [], dWords);
    expect(plan!.required).toEqual([
      { word: 'thôn', whole: true },
      { word: 'đông', whole: false },
    ]);
  });
});
