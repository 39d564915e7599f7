/** The CMS's Vietnamese: the site's full translation (src/i18n/decap-vi.ts) deep-merged over Decap's own `vi`. */
// The locale's own module, not the package entry: the entry's UMD build needs a browser, and the tests run in Node.
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import type { CmsLocalePhrases } from 'decap-cms-core';
import { decapVi } from '../src/i18n/decap-vi';

type Phrases = { [key: string]: string | Phrases };

/** `over` laid on `under`, key by key at every depth; `over` wins where both have a phrase. */
export function deepMerge(under: Phrases, over: Phrases): Phrases {
  const merged: Phrases = { ...under };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = typeof value === 'object' && typeof below === 'object' ? deepMerge(below, value) : value;
  }
  return merged;
}

/** The phrases registered as the `vi` locale. */
export const vietnamese = deepMerge(
  vi as unknown as Phrases,
  decapVi as unknown as Phrases,
) as unknown as CmsLocalePhrases;
