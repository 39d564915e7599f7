/**
 * The all-words rule, on page ids that Pagefind's own searches return: a result of a query holds every word the
 * query requires (each word searched on its own, each synonym phrase searched as a phrase, and the sets
 * intersected). Pagefind itself drops a query word that no page holds, so "xyz ma túy" would otherwise list
 * every page about "ma túy". When no page holds them all, the closest pages are those holding most of them.
 */
import type { PlanHit } from './merge';

/** The pages every search found; undefined when nothing is required (no constraint). */
export function pagesWithAll(sets: readonly ReadonlySet<string>[]): Set<string> | undefined {
  if (sets.length === 0) return undefined;
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

/** A plan's searches, one per required word or phrase ("unit"), with the plan's weight. */
export interface PlanUnits<T> {
  weight: number;
  units: readonly (readonly PlanHit<T>[])[];
}

interface Closeness<T> {
  id: string;
  /** Share of the plan's units the page holds. */
  share: number;
  /** The units' scores, each divided by its search's best score, times the plan's weight. */
  score: number;
  handle: T;
}

/**
 * The pages that hold most of a query's words, best first, at most `limit`: by the share of a plan's words they
 * hold, then by score. A page holding none is never listed. Used only when no page holds them all.
 */
export function closestPages<T>(plans: readonly PlanUnits<T>[], limit: number): T[] {
  const best = new Map<string, Closeness<T>>();
  for (const { weight, units } of plans) {
    if (units.length === 0) continue;
    const perPage = new Map<string, Closeness<T>>();
    for (const hits of units) {
      const top = hits.reduce((m, h) => Math.max(m, h.score), 0);
      for (const hit of hits) {
        const seen = perPage.get(hit.id) ?? { id: hit.id, share: 0, score: 0, handle: hit.handle };
        seen.share += 1 / units.length;
        seen.score += top > 0 ? (weight * hit.score) / top : weight;
        perPage.set(hit.id, seen);
      }
    }
    for (const candidate of perPage.values()) {
      const seen = best.get(candidate.id);
      if (!seen || candidate.share > seen.share || (candidate.share === seen.share && candidate.score > seen.score))
        best.set(candidate.id, candidate);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.share - a.share || b.score - a.score)
    .slice(0, limit)
    .map((c) => c.handle);
}
