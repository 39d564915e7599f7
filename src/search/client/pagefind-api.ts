/** The part of Pagefind's browser API (pagefind.js, loaded from the search bundle at run time) that search uses. */

export type Filters = Record<string, { any: string[] }>;

export interface PagefindResultData {
  url: string;
  /** HTML: the text is escaped and the matched words wrapped in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
