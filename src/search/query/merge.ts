/**
 * Merges the results of the searches of one query plan (see query-plan.ts) into one ranked list.
 * Results fall into tiers, higher first:
 *   +2 found by an exact-diacritics search (the reader typed marks: their spelling comes first),
 *   +1 the page holds the query's words side by side, as a phrase (Vietnamese words are several syllables:
 *      "ma túy đá" is one thing, "ma túy" here and "đá" there is another).
 * Within a tier, Pagefind's scores (only comparable within one search) are divided by the search's best
 * score and multiplied by the plan's weight; a page found by several searches keeps its best place.
 * With a single plan and no phrase (one word, no ambiguous d, no slang), the order is exactly Pagefind's.
 * Place pages (`after`: hotline pages, when the query uses a word of a place name without naming the place, see
 * places.ts) come after every other page unless they hold the query as a phrase.
 */

/** One result of one Pagefind search: an opaque handle (to load its data later), its page id and score. */
export interface PlanHit<T> {
  id: string;
  score: number;
  handle: T;
}

export interface PlanResults<T> {
  weight: number;
  exact: boolean;
  hits: readonly PlanHit<T>[];
  /** Pages holding the plan's words as a phrase (empty for one-word plans). */
  phrase: ReadonlySet<string>;
}

export interface MergedHit<T> {
  id: string;
  tier: number;
  score: number;
  handle: T;
  /** Index of the plan that gave the page its place. */
  plan: number;
}

function better(a: { tier: number; score: number }, b: { tier: number; score: number }): boolean {
  return a.tier > b.tier || (a.tier === b.tier && a.score > b.score);
}

export function mergeHits<T>(
  perPlan: readonly PlanResults<T>[],
  after: ReadonlySet<string> = new Set(),
): MergedHit<T>[] {
  const best = new Map<string, MergedHit<T> & { order: number }>();
  perPlan.forEach(({ weight, exact, hits, phrase }, plan) => {
    const top = hits.reduce((m, h) => Math.max(m, h.score), 0);
    hits.forEach((hit, order) => {
      // Filter-only searches give every page the same score (0): they keep Pagefind's order.
      const score = top > 0 ? (weight * hit.score) / top : weight;
      const tier = (exact ? 2 : 0) + (phrase.has(hit.id) ? 1 : 0);
      const candidate = { id: hit.id, tier, score, handle: hit.handle, plan, order };
      const seen = best.get(hit.id);
      if (!seen || better(candidate, seen)) best.set(hit.id, candidate);
    });
  });
  const last = (h: { id: string; tier: number }) => (after.has(h.id) && h.tier % 2 === 0 ? 1 : 0);
  return [...best.values()]
    .sort((a, b) => last(a) - last(b) || b.tier - a.tier || b.score - a.score || a.plan - b.plan || a.order - b.order)
    .map(({ id, tier, score, handle, plan }) => ({ id, tier, score, handle, plan }));
}
