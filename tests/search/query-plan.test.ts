/** The query planner: folding, d/đ readings from the site's word list, slang synonyms, exact spellings. */
import { describe, expect, it } from 'vitest';
import { foldAll, otherTonePlacement, sameWord, spellingKey, stripMarks } from '../../src/search/query/fold';
import {
  collectDWords,
  dReadings,
  hasMarks,
  needsDWords,
  NO_D_WORDS,
  planQuery,
  SYNONYM_WEIGHT,
  type DWords,
  type Synonym,
} from '../../src/search/query/query-plan';

const nfd = (s: string) => s.normalize('NFD');

// As the build would write it for pages saying "đường dây nóng" (many) and "biểu dương", "dạy" (few).
const dWords: DWords = collectDWords([
  'Đường dây nóng của xã',
  'Gọi đường dây nóng',
  'Đường dây nóng thôn',
  'đường làng',
  'Biểu dương gia đình',
  'Dạy con',
  'Đây là',
]);

const synonyms: Synonym[] = [
  { slang: ['nước vui'], means: ['ma túy núp bóng'] },
  { slang: ['vape'], means: ['thuốc lá điện tử'] },
  { slang: ['cỏ', 'cần xa'], means: ['cần sa'] },
];

describe('folding', () => {
  it('strips tone and vowel marks, lower-cases, keeps đ; foldAll also reads đ as d', () => {
    expect(stripMarks('ĐƯỜNG Dây Nóng')).toBe('đuong day nong');
    expect(stripMarks(nfd('ma túy'))).toBe('ma tuy');
    expect(foldAll('Đường dây nóng')).toBe('duong day nong');
  });

  it('gives one spelling key to old and new tone placement and to NFD input, but not to other tones', () => {
    expect(spellingKey('tuý')).toBe(spellingKey('túy'));
    expect(spellingKey(nfd('hoà'))).toBe(spellingKey('hòa'));
    expect(spellingKey('túy')).not.toBe(spellingKey('tùy'));
    expect(spellingKey('dương')).not.toBe(spellingKey('đường'));
  });

  it('matches a word typed without marks to every spelling, a word typed with marks only to its own', () => {
    expect(sameWord('co', 'cỏ')).toBe(true);
    expect(sameWord('có', 'cỏ')).toBe(false);
    expect(sameWord('Cỏ,', 'cỏ')).toBe(true);
    expect(sameWord('duong', 'đường')).toBe(true);
    expect(sameWord('dương', 'đường')).toBe(false);
  });
});

describe('the d/đ word list', () => {
  it('counts pages per word, marks stripped, split by the letter the word starts with', () => {
    expect(dWords.dd['đuong']).toBe(4);
    expect(dWords.d['duong']).toBe(1);
    expect(dWords.d['day']).toBe(4); // dây ×3 and dạy
    expect(dWords.dd['đay']).toBe(1);
    expect(Object.keys(dWords.d).every((w) => w.startsWith('d'))).toBe(true);
  });

  it('takes whole words only, once per page, from any case, NFD, punctuation and marks between words', () => {
    const words = collectDWords([nfd('“Dạy” con-đường ĐẤT đất 12d d12 Ḍa ad =\u0338dao'), 'ĐÃ BÁO, đã báo (đã)']);
    expect(words).toEqual({
      d: { d12: 1, da: 1, dao: 1, day: 1 },
      dd: { đa: 1, đat: 1, đuong: 1 },
    });
  });

  it('reads a plain "duong" both ways, the more common reading first and weighted 1', () => {
    const readings = dReadings('duong', dWords);
    expect(readings.map((r) => r.word)).toEqual(['đuong', 'duong']);
    expect(readings[0]!.weight).toBe(1);
    expect(readings[1]!.weight).toBeCloseTo(1 / 4);
  });

  it('leaves words typed with marks, and d-words the index has only one way, as they are', () => {
    expect(dReadings('dương', dWords)).toEqual([{ word: 'dương', weight: 1 }]);
    expect(dReadings('đường', dWords)).toEqual([{ word: 'đường', weight: 1 }]);
    expect(dReadings('lang', dWords)).toEqual([{ word: 'lang', weight: 1 }]);
    expect(dReadings('dien', dWords)).toEqual([{ word: 'dien', weight: 1 }]);
  });
});

describe('planQuery', () => {
  it('turns "duong day nong" into the đường reading first', () => {
    const plans = planQuery('duong day nong', [], dWords);
    expect(plans[0]).toMatchObject({ terms: 'đuong day nong', weight: 1, exact: false });
    expect(plans.map((p) => p.terms)).toContain('duong day nong');
    expect(plans.every((p) => !p.exact)).toBe(true);
  });

  it('plans the same searches for upper case, NFC and NFD input', () => {
    const expected = planQuery('đường dây nóng', [], dWords);
    expect(planQuery('ĐƯỜNG DÂY NÓNG', [], dWords)).toEqual(expected);
    expect(planQuery(nfd('Đường Dây Nóng'), [], dWords)).toEqual(expected);
  });

  it('searches a query typed with marks exactly first, and folded after', () => {
    const plans = planQuery('dương', [], dWords).map(({ terms, weight, exact }) => ({ terms, weight, exact }));
    expect(plans).toEqual([
      { terms: 'dương', weight: 1, exact: true },
      { terms: 'dương', weight: 1, exact: false },
    ]);
    expect(hasMarks(['đa'])).toBe(true);
    expect(hasMarks(['ma', 'tuy'])).toBe(false);
  });

  it('adds what a slang phrase means, typed with or without marks, anywhere in the query', () => {
    for (const q of ['nước vui', 'nuoc vui', 'NƯỚC VUI', nfd('nước vui'), 'cách nhận biết nước vui']) {
      const via = planQuery(q, synonyms, dWords).filter((p) => p.via);
      expect(via.map((p) => p.terms).join('|'), q).toMatch(/ma túy núp bóng/);
      expect(via[0]!.weight).toBe(SYNONYM_WEIGHT);
    }
    expect(planQuery('vape', synonyms, dWords).map((p) => p.terms)).toEqual(['vape', 'thuốc lá điện tử']);
  });

  it('supports the misspelling the editors listed ("can xa" for cần sa) but not a different word typed with marks', () => {
    expect(planQuery('can xa', synonyms, dWords).some((p) => p.terms === 'cần sa')).toBe(true);
    expect(planQuery('co', synonyms, dWords).some((p) => p.terms === 'cần sa')).toBe(true);
    expect(planQuery('có', synonyms, dWords).some((p) => p.via)).toBe(false);
  });

  it('stays within the limit and drops readings too rare to be worth a search', () => {
    const plans = planQuery('duong day duong day duong day duong day', synonyms, dWords, 8);
    expect(plans.length).toBeLessThanOrEqual(8);
    expect(plans[0]!.terms).toBe('đuong day đuong day đuong day đuong day');
    expect(planQuery('   ', synonyms, dWords)).toEqual([]);
  });
});

describe('the d/đ word list is needed only by queries with a word typed with d and no mark', () => {
  const moreSynonyms: Synonym[] = [
    ...synonyms,
    { slang: ['hàng đá'], means: ['doping'] },
    { slang: ['ke'], means: ['ma túy', 'dan doping'] },
  ];

  it('says which queries need it', () => {
    for (const q of ['duong day nong', 'gọi duong day', 'Dong Lac', '"dạy', 'đường dây', 'ma túy', 'dương', 'DẠY']) {
      const typedD = q.split(' ').some((w) => /^["(]*d[a-z0-9]*$/i.test(w));
      expect(needsDWords(q, synonyms), q).toBe(typedD);
    }
    expect(needsDWords('"duong"', synonyms)).toBe(true);
    expect(needsDWords('   ', synonyms)).toBe(false);
    // A one-word meaning with d is read both ways too; a meaning of several words is a phrase, taken as written.
    expect(needsDWords('hàng đá', moreSynonyms)).toBe(true);
    expect(needsDWords('ke', moreSynonyms)).toBe(false);
  });

  it('plans a query that does not need it the same with or without it', () => {
    for (const q of ['ma túy', 'nước vui', 'vape', 'đường dây nóng', 'dương', 'cần xa', 'co']) {
      expect(needsDWords(q, synonyms), q).toBe(false);
      expect(planQuery(q, synonyms, NO_D_WORDS), q).toEqual(planQuery(q, synonyms, dWords));
    }
    expect(planQuery('duong day nong', synonyms, NO_D_WORDS)).not.toEqual(
      planQuery('duong day nong', synonyms, dWords),
    );
  });
});

describe('tone placement', () => {
  it('moves the tone between the two vowels of open oa, oe, uy syllables only', () => {
    expect(otherTonePlacement('tuý')).toBe('túy');
    expect(otherTonePlacement('hòa')).toBe('hoà');
    expect(otherTonePlacement('khoẻ')).toBe('khỏe');
    for (const w of ['quý', 'mùa', 'toán', 'tuyệt', 'dạy', 'hoa']) expect(otherTonePlacement(w), w).toBeUndefined();
  });

  it('searches both placements exactly when the reader typed one', () => {
    const exact = planQuery('ma tuý', [], dWords).filter((p) => p.exact);
    expect(exact.map((p) => p.terms)).toEqual(['ma tuý', 'ma túy']);
  });
});
