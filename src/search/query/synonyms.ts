/** The editors' synonym list (content/settings/search.yaml, edited in the CMS), as the search page needs it. */
import { getEntry } from 'astro:content';
import type { Synonym } from './query-plan';

/** The list, NFC; a commune without the settings file simply has no synonyms. */
export async function getSynonyms(): Promise<Synonym[]> {
  const entry = await getEntry('search', 'search');
  const list = entry?.data.synonyms ?? [];
  const nfc = (words: readonly string[]) => words.map((w) => w.normalize('NFC').trim()).filter(Boolean);
  return list.map((s) => ({ slang: nfc(s.slang), means: nfc(s.means) }));
}
