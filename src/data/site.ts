/** The portal's settings and its commune, validated once per build. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { messages } from '../i18n/vi';
import { site as siteType } from '../content-model/registry';
import { checkIntegrity } from './integrity';
import { checkBoardFreshness } from './board-freshness';

export type Unit = CollectionEntry<'units'>;

export async function getSite() {
  await checkIntegrity();
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error(messages.siteMissing(siteType.file));
  const commune = await getEntry('units', entry.data.unit);
  if (!commune || !['xa', 'phuong'].includes(commune.data.kind)) throw new Error(messages.communeMissing(entry.data.unit));
  await checkBoardFreshness(entry.data.targets);
  return { ...entry.data, commune };
}

export type Site = Awaited<ReturnType<typeof getSite>>;

/** Villages and residential groups of the commune, in display order. */
export async function getVillages(): Promise<Unit[]> {
  const { commune } = await getSite();
  const all = await getCollection('units', (u) => u.data.parent === commune.id);
  return all.sort((a, b) => (a.data.order ?? 9999) - (b.data.order ?? 9999) || a.data.name.localeCompare(b.data.name, 'vi'));
}

/** "xã Lạc Phượng", "thôn Đồng Lạc": the kind in lower case before the name. */
export function unitName(unit: Unit): string {
  const kinds: Record<string, string> = { xa: 'xã', phuong: 'phường', thon: 'thôn', 'to-dan-pho': 'tổ dân phố' };
  return `${kinds[unit.data.kind]} ${unit.data.name}`;
}
