/**
 * The search engine of the search page: Pagefind (loaded from the bundle on first use), the site's d/đ word
 * list and the editors' synonyms. A query becomes a few Pagefind searches (query-plan.ts); each keeps only the
 * pages holding every word it requires (all-words.ts, checked on Pagefind's results for each word alone, so no
 * page text is downloaded for it); they are merged into one list (merge.ts). When no page holds every word, the
 * closest pages come in a list of their own. No query but some filters is browsing, newest first.
 */
import { closestPages, pagesWithAll, type PlanUnits } from '../query/all-words';
import { mergeHits, type PlanHit, type PlanResults } from '../query/merge';
import {
  NO_D_WORDS,
  needsDWords,
  planQuery,
  queryWords,
  type DWords,
  type Plan,
  type PlanWord,
  type Synonym,
} from '../query/query-plan';
import { placeWordWithoutPlace, usesPlaceWord } from '../query/places';
import { significance } from '../query/stop-words';
import { CLOSEST_LIMIT, D_WORDS_FILE, MAX_PLANS, SORT_DATE, ranking } from '../config';
import type { Filters, PagefindApi, PagefindResult } from './pagefind-api';

/** A page found, with the words its excerpt may highlight. */
export interface Found {
  result: PagefindResult;
  words: readonly PlanWord[];
}

export interface Outcome {
  results: Found[];
  /** Synonym meanings that found at least one of the results. */
  via: string[];
  /** The words every result must hold, as typed (stop words left out). */
  significant: string[];
  /** Only when no page holds every word: the pages holding most of them. */
  closest: Found[];
}

export interface Engine {
  search(query: string, filters: Filters): Promise<Outcome>;
  /** Every filter value of the index with its number of pages. */
  filterCounts(): Promise<Record<string, Record<string, number>>>;
}

async function loadJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A JSON file downloaded on first need and kept; a failed download is tried again by the next call. */
function downloadOnce<T>(url: string): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    const loading = (loaded ??= loadJson<T>(url));
    loading.catch(() => (loaded = undefined));
    return loading;
  };
}

/** What the search page tells the engine about the site (data attributes of its form). */
export interface SiteFacts {
  synonyms: readonly Synonym[];
  /** The words of the names of the commune and its units (see places.ts). */
  placeWords: readonly string[];
  /** The address of the names themselves (a JSON list), downloaded when a query uses one of their words. */
  placesUrl: string;
  /** The type filter's label of the hotline pages, the place pages of the site. */
  placeType: string;
}

/**
 * Loads Pagefind. The d/đ word list is downloaded for the first query that needs it (a word typed with d and no
 * mark, see needsDWords), and only once: alongside Pagefind when `firstQuery` (the query the page opened with)
 * needs it. The place names likewise, for the first query whose likeliest reading uses one of their words.
 */
export async function loadEngine(
  bundleUrl: string,
  { synonyms, placeWords, placesUrl, placeType }: SiteFacts,
  firstQuery = '',
): Promise<Engine> {
  const getDWords = downloadOnce<DWords>(`${bundleUrl}${D_WORDS_FILE}`);
  const getPlaces = downloadOnce<string[]>(placesUrl);
  // The query the page opened with is known now: its list comes alongside Pagefind, not after it.
  if (needsDWords(firstQuery, synonyms)) void getDWords().catch(() => undefined);
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindApi;
  // Searches run on the page's own thread: a worker would download another copy of Pagefind's code (12 KB gzip)
  // for a few searches per visit.
  await pagefind.options({ ranking, exactDiacritics: false, noWorker: true });
  await pagefind.init();

  // exactDiacritics is an option of the Pagefind instance: searches run one plan at a time, one query at a time.
  let exactNow = false;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** One query's Pagefind searches, each run once (plans share words). */
  function searcher(filters: Filters) {
    const done = new Map<string, PagefindResult[]>();
    return async (terms: string, exact: boolean): Promise<PagefindResult[]> => {
      const key = `${exact}\u0000${terms}`;
      const known = done.get(key);
      if (known) return known;
      if (exact !== exactNow) {
        await pagefind.options({ exactDiacritics: exact });
        exactNow = exact;
      }
      const found = (await pagefind.search(terms, { filters })).results;
      done.set(key, found);
      return found;
    };
  }

  /** The hotline pages: the place pages of the site (from the type filter, loaded with the filter counts). */
  let placePages: Promise<Set<string>> | undefined;
  const getPlacePages = () =>
    (placePages ??= pagefind
      .search(null, { filters: { type: { any: [placeType] } } })
      .then((found) => new Set(found.results.map((r) => r.id))));

  /**
   * The pages holding a word as a prefix. When no word of the index starts with it, Pagefind answers with the
   * longest word it starts with instead ("vape" finds "và"): that is not the word, so no page holds it. Seen
   * as: no page has the whole word, and the word one letter shorter finds the very same pages.
   */
  async function prefixPages(
    word: string,
    exact: boolean,
    find: ReturnType<typeof searcher>,
  ): Promise<PagefindResult[]> {
    const found = await find(word, exact);
    const letters = [...word];
    if (found.length === 0 || letters.length < 2 || (await find(`"${word}"`, exact)).length > 0) return found;
    const shorter = new Set((await find(letters.slice(0, -1).join(''), exact)).map((r) => r.id));
    return shorter.size === found.length && found.every((r) => shorter.has(r.id)) ? [] : found;
  }

  /** The words an excerpt found by a plan may highlight: its required words and its phrases' words, whole. */
  const markWords = (plan: Plan): PlanWord[] => [
    ...plan.required,
    ...plan.phrases.flatMap((p) => p.split(' ').map((word) => ({ word, whole: true }))),
  ];

  async function runPlan(plan: Plan, find: ReturnType<typeof searcher>) {
    const words = markWords(plan);
    const toHit = (r: PagefindResult): PlanHit<Found> => ({ id: r.id, score: r.score, handle: { result: r, words } });
    const found = await find(plan.terms, plan.exact);
    const quoted = plan.terms.includes('"');
    const phrase = plan.sequence.includes(' ') && !quoted ? await find(`"${plan.sequence}"`, plan.exact) : [];
    // Each required word alone (a whole word in quotes) and each synonym phrase: the pages holding it.
    const units: PagefindResult[][] = [];
    const phraseUnits: PagefindResult[][] = [];
    if (!quoted) {
      for (const w of plan.required)
        units.push(w.whole ? await find(`"${w.word}"`, plan.exact) : await prefixPages(w.word, plan.exact, find));
      for (const p of plan.phrases) phraseUnits.push(await find(`"${p}"`, plan.exact));
      units.push(...phraseUnits);
    }
    const complete = pagesWithAll(units.map((u) => new Set(u.map((r) => r.id))));
    // The excerpt comes from the search that found the phrase, when there is one: it then shows the phrase,
    // not the densest spot of words that merely start like it. The score stays the plan's.
    const excerptFrom = new Map<string, PagefindResult>();
    for (const r of [...(phraseUnits[0] ?? []), ...phrase].reverse()) excerptFrom.set(r.id, r);
    const results: PlanResults<Found> = {
      weight: plan.weight,
      exact: plan.exact,
      hits: found
        .filter((r) => !complete || complete.has(r.id))
        .map((r) => ({ ...toHit(excerptFrom.get(r.id) ?? r), score: r.score })),
      phrase: new Set(phrase.map((r) => r.id)),
    };
    const closeness: PlanUnits<Found> = { weight: plan.weight, units: units.map((u) => u.map(toHit)) };
    return { results, closeness };
  }

  return {
    search: (query, filters) =>
      exclusive(async () => {
        const words = needsDWords(query, synonyms) ? await getDWords() : NO_D_WORDS;
        const plans = planQuery(query, synonyms, words, MAX_PLANS);
        if (plans.length === 0) {
          const browsed = await pagefind.search(null, { filters, sort: { [SORT_DATE]: 'desc' } });
          return {
            results: browsed.results.map((result) => ({ result, words: [] })),
            via: [],
            significant: [],
            closest: [],
          };
        }
        const typed = queryWords(query);
        const significant = typed.filter((_, i) => significance(typed)[i]);
        const find = searcher(filters);
        const perPlan: PlanResults<Found>[] = [];
        const closeness: PlanUnits<Found>[] = [];
        for (const plan of plans) {
          const ran = await runPlan(plan, find);
          perPlan.push(ran.results);
          closeness.push(ran.closeness);
        }
        const readings = plans.map((p) => p.sequence);
        const after =
          // Names that cannot be downloaded now leave the order as the plans give it (the next query tries again).
          usesPlaceWord(readings[0]!, placeWords) && placeWordWithoutPlace(readings, await getPlaces().catch(() => []))
            ? await getPlacePages()
            : undefined;
        const merged = mergeHits(perPlan, after);
        const via = [...new Set(merged.map((m) => plans[m.plan]!.via).filter((v): v is string => Boolean(v)))];
        const closest = merged.length === 0 ? closestPages(closeness, CLOSEST_LIMIT) : [];
        return { results: merged.map((m) => m.handle), via, significant, closest };
      }),
    filterCounts: () => exclusive(() => pagefind.filters()),
  };
}
