/** Merging the searches of one query: exact spellings first, then phrases, then weighted, normalized scores. */
import { describe, expect, it } from 'vitest';
import { mergeHits, type PlanResults } from '../../src/search/query/merge';

const hits = (...list: [string, number][]) => list.map(([id, score]) => ({ id, score, handle: id }));
const plan = (p: Partial<PlanResults<string>> & { hits: PlanResults<string>['hits'] }): PlanResults<string> => ({
  weight: 1,
  exact: false,
  phrase: new Set(),
  ...p,
});

describe('mergeHits', () => {
  it('keeps Pagefind order for a single plan', () => {
    expect(mergeHits([plan({ hits: hits(['a', 9], ['b', 5], ['c', 1]) })]).map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('compares plans by score relative to their best, times their weight', () => {
    // Plan 0's raw scores are larger (a rare word), but plan 1 is the likelier reading.
    const merged = mergeHits([
      plan({ weight: 0.2, hits: hits(['rare', 40], ['rare2', 10]) }),
      plan({ weight: 1, hits: hits(['common', 5], ['common2', 4]) }),
    ]);
    expect(merged.map((h) => h.id)).toEqual(['common', 'common2', 'rare', 'rare2']);
  });

  it('ranks exact-diacritics results above folded ones, and phrase matches above scattered words', () => {
    const merged = mergeHits([
      plan({ exact: true, hits: hits(['exact', 1]) }),
      plan({ hits: hits(['folded', 50], ['phrase', 2], ['exact', 50]), phrase: new Set(['phrase']) }),
    ]);
    expect(merged.map((h) => [h.id, h.tier])).toEqual([
      ['exact', 2],
      ['phrase', 1],
      ['folded', 0],
    ]);
  });

  it('lists a page found by several searches once, at its best place, with the plan that found it', () => {
    const merged = mergeHits([plan({ weight: 0.5, hits: hits(['a', 1], ['b', 1]) }), plan({ hits: hits(['b', 3]) })]);
    expect(merged.map((h) => [h.id, h.plan])).toEqual([
      ['b', 1],
      ['a', 0],
    ]);
  });
});
