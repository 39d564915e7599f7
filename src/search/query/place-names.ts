/**
 * The names of the commune and its units, as the search compares them (places.ts). The search page carries only
 * their words; the names are published at PLACES_URL (config.ts) by src/pages/tim-kiem/dia-danh.json.ts and
 * downloaded only by a query that uses one of those words.
 */
import { getSite, getVillages } from '../../data/site';
import { placeNames } from './places';

/** The names (numbered names left out: their words are generic). */
export async function placeNameList(): Promise<string[]> {
  const site = await getSite();
  return placeNames([site.commune.data.name, ...(await getVillages()).map((v) => v.data.name)]);
}
