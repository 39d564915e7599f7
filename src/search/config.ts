/**
 * Search configuration, in one place: what Pagefind indexes, the filters and metadata pages carry, and the
 * extra files the search page reads. Browser-safe (no Node imports): the search page's script imports it too.
 */

/** Folder of the Pagefind bundle under the site root, and its URL. */
export const BUNDLE_DIR = 'pagefind';
export const BUNDLE_URL = `/${BUNDLE_DIR}/`;

/** The words of the index that start with d or đ, folded, with page counts: lets "duong" find "đường". */
export const D_WORDS_FILE = 'd-words.json';

/** The names of the commune and its units (src/pages/tim-kiem/dia-danh.json.ts), for queries using their words. */
export const PLACES_URL = '/tim-kiem/dia-danh.json';

/** The attribute the layout puts on the content of every page that search should index (menus and footers stay out). */
export const INDEXED_MARKER = 'data-pagefind-body';

/** Indexing options given to Pagefind (its Node API). */
export const indexOptions = {
  // Every page is Vietnamese; no language detection surprises.
  forceLanguage: 'vi',
  // Screen-only hint lines ("print with Ctrl+P") are chrome, not content. Pagefind itself skips nav (menus,
  // breadcrumbs, share links), footer, script, svg and anything marked data-pagefind-ignore.
  excludeSelectors: ['p.no-print'],
} as const;

/**
 * The size Pagefind aims at for each chunk of its word index (word positions, its unit; its default is 20,000). A
 * query downloads the chunks that hold its words, so smaller chunks cost rare words fewer bytes, and more chunks make
 * the index metadata every query loads larger; a word on most pages fills a chunk of its own at any size. Set through
 * Pagefind 1.6's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (docs/benchmark.md has the measurements: 2,500 beat 1,000,
 * 5,000 and 10,000 at 1,000 articles and matched 5,000 at 5,000).
 */
export const INDEX_CHUNK_SIZE = 2500;

/** Filter names stored in the index (values are the Vietnamese labels readers see on the chips), in chip order. */
export const FILTERS = ['type', 'level', 'audience', 'category'] as const;
export type FilterName = (typeof FILTERS)[number];

/** Metadata stored with each page, besides the title Pagefind takes from the first h1 (date: ISO, shown as dd/mm/yyyy;
 * words: what the page may be found by but its body does not say, e.g. a document's number). Pagefind (≥ 1.5)
 * searches metadata too, and never puts it in an excerpt. */
export const META = { type: 'type', date: 'date', words: 'words' } as const;

/** Sort key (ISO calendar date) used to browse newest first. Pagefind leaves pages without the key out of a
 * sorted list, so undated pages (lessons, hotline boards) carry UNDATED and come last. */
export const SORT_DATE = 'date';
export const UNDATED = '0000-00-00';

/** Ranking tweaks passed to Pagefind in the browser. Exact diacritics weigh more than the 0.8 default. */
export const ranking = { diacriticSimilarity: 1.0 } as const;

/** How many Pagefind searches one query may expand into (d/đ readings, slang synonyms). */
export const MAX_PLANS = 8;

/**
 * Results shown at first, and added by each press of "more": only their fragments are downloaded (about 2 KB gzip
 * each), so the first results come sooner on a slow connection. Pagefind's own UI pages by 5 too.
 */
export const PAGE_SIZE = 5;

/** Pages shown in the "closest pages" list when no page holds every word of a query. */
export const CLOSEST_LIMIT = 5;
