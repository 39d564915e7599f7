/** The portal's settings and its commune, validated once per build. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { entries } from './entries';
import { contentKey, keyedMemo } from './content-key';
import { messages } from '../i18n/vi';
import { site as siteType } from '../content-model/registry';
import { checkIntegrity } from './integrity';
import { checkBoardFreshness } from './board-freshness';
import {
  communeWords,
  isCommuneKind,
  roleLabel,
  unitName as unitNameOf,
  unitTitle as unitTitleOf,
  type CommuneWords,
} from '../utils/unit-words';

export type Unit = CollectionEntry<'units'>;

export async function getSite() {
  await checkIntegrity();
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error(messages.siteMissing(siteType.file));
  const commune = await getEntry('units', entry.data.unit);
  if (!commune || !isCommuneKind(commune.data.kind)) throw new Error(messages.communeMissing(entry.data.unit));
  await checkBoardFreshness(entry.data.targets, entry.data.demo);
  return { ...entry.data, commune };
}

export type Site = Awaited<ReturnType<typeof getSite>>;

/** Villages and residential groups of the commune, in display order. */
export async function getVillages(): Promise<Unit[]> {
  // Sorted once per build (many pages show the villages' words), and again in the preview after a save.
  return [...(await villagesMemo(await contentKey(['site', 'units']), findVillages))];
}
const villagesMemo = keyedMemo<Unit[]>();

async function findVillages(): Promise<Unit[]> {
  const { commune } = await getSite();
  const all = await entries('units', (u) => u.data.parent === commune.id);
  return all.sort(
    (a, b) => (a.data.order ?? 9999) - (b.data.order ?? 9999) || a.data.name.localeCompare(b.data.name, 'vi'),
  );
}

/** "xã Lạc Phượng", "thôn Đồng Lạc": the kind in lower case before the name (src/utils/unit-words.ts). */
export function unitName(unit: Unit): string {
  return unitNameOf(unit.data);
}

/** "Xã Lạc Phượng", "Thôn Đồng Lạc": the name as a heading. */
export function unitTitle(unit: Unit): string {
  return unitTitleOf(unit.data);
}

/** The words of this site's commune and its residential units: "Công an phường", "các tổ dân phố"… */
export async function getUnitWords(): Promise<CommuneWords> {
  // Worked out once per build over every village (most pages say them), and again in the preview after a save.
  return unitWordsMemo(await contentKey(['site', 'units']), async () => {
    const { commune } = await getSite();
    return communeWords(
      commune.data,
      (await getVillages()).map((v) => v.data),
    );
  });
}
const unitWordsMemo = keyedMemo<CommuneWords>();

/** A hotline role as readers see it on the board of `unit`: "Trưởng Công an phường", "Tổ trưởng tổ dân phố". */
export async function getRoleLabel(role: string, unit: Unit | undefined): Promise<string> {
  return roleLabel(role, await getUnitWords(), unit?.data.kind);
}
