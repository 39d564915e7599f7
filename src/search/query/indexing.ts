/** What a page tells the search index about itself: its type, date and the filter values it belongs to. */
import type { PageType } from '../../i18n/search';

/** Passed by a page to the layout; every value is the Vietnamese label readers see on the filter chips. */
export interface SearchIndexing {
  type: PageType;
  /** Publication, issue or start date; shown on the result and used to browse newest first. */
  date?: Date;
  category?: string;
  audiences?: readonly string[];
  level?: string;
  /** Words a reader may search the page by that are not in its body (a document's number, an article's tags):
   * searchable through Pagefind's metadata, never quoted in an excerpt. */
  words?: readonly (string | undefined)[];
}
