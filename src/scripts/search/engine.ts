/**
 * The search engine of the search page: Pagefind (loaded from the bundle on first use), the site's d/đ word
 * list and the editors' synonyms. A query becomes a few Pagefind searches (query-plan.ts), merged into one list
 * (merge.ts); no query but some filters is browsing, newest first.
 */
import { mergeHits, type PlanResults } from '../../components/search/merge';
import { planQuery, type DWords, type Plan, type Synonym } from '../../components/search/query-plan';
import { D_WORDS_FILE, MAX_PLANS, SORT_DATE, ranking } from '../../integrations/pagefind-config';
import type { Filters, PagefindApi, PagefindResult } from './pagefind-api';

export interface Outcome {
  results: PagefindResult[];
  /** Synonym meanings that found at least one of the results. */
  via: string[];
}

export interface Engine {
  search(query: string, filters: Filters): Promise<Outcome>;
  /** Every filter value of the index with its number of pages. */
  filterCounts(): Promise<Record<string, Record<string, number>>>;
}

async function loadDWords(url: string): Promise<DWords> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as DWords;
}

export async function loadEngine(bundleUrl: string, synonyms: readonly Synonym[]): Promise<Engine> {
  const [pagefind, dWords] = await Promise.all([
    import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindApi>,
    loadDWords(`${bundleUrl}${D_WORDS_FILE}`),
  ]);
  await pagefind.options({ ranking, exactDiacritics: false });
  await pagefind.init();

  // exactDiacritics is an option of the Pagefind instance: searches run one plan at a time, one query at a time.
  let exactNow = false;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function runPlan(plan: Plan, filters: Filters): Promise<PlanResults<PagefindResult>> {
    if (plan.exact !== exactNow) {
      await pagefind.options({ exactDiacritics: plan.exact });
      exactNow = plan.exact;
    }
    const words = await pagefind.search(plan.terms, { filters });
    const isPhrase = plan.terms.includes(' ') && !plan.terms.includes('"');
    const phrase = isPhrase ? await pagefind.search(`"${plan.terms}"`, { filters }) : undefined;
    return {
      weight: plan.weight,
      exact: plan.exact,
      hits: words.results.map((r) => ({ id: r.id, score: r.score, handle: r })),
      phrase: new Set(phrase?.results.map((r) => r.id) ?? []),
    };
  }

  return {
    search: (query, filters) =>
      exclusive(async () => {
        const plans = planQuery(query, synonyms, dWords, MAX_PLANS);
        if (plans.length === 0) {
          const browsed = await pagefind.search(null, { filters, sort: { [SORT_DATE]: 'desc' } });
          return { results: browsed.results, via: [] };
        }
        const perPlan: PlanResults<PagefindResult>[] = [];
        for (const plan of plans) perPlan.push(await runPlan(plan, filters));
        const merged = mergeHits(perPlan);
        const via = [...new Set(merged.map((m) => plans[m.plan]!.via).filter((v): v is string => Boolean(v)))];
        return { results: merged.map((m) => m.handle), via };
      }),
    filterCounts: () => exclusive(() => pagefind.filters()),
  };
}
