/** The place names the search page's script downloads when a query uses one of their words (src/search/query/place-names.ts). */
import { placeNameList } from '../../search/query/place-names';

export async function GET() {
  return new Response(JSON.stringify(await placeNameList()), { headers: { 'Content-Type': 'application/json' } });
}
