/**
 * The other entries a preview needs (units, hotline boards, the site settings), read through Decap's `getCollection`
 * (given to preview templates) each time an entry's preview opens, and kept for the editor components' previews,
 * which get no such access.
 */
import { communeWords, isCommuneKind, type CommuneWords } from '../../src/utils/unit-words';
import { reportingFacts, type ReportingFacts } from '../../src/data/reporting';
import type { HotlineContactData } from '../../src/utils/hotline-view';

/** A unit as stored (units/*.yaml). */
export interface UnitData {
  name: string;
  kind: string;
  parent?: string;
  residentialKind?: string;
}

/** A hotline board as stored (hotlines/*.yaml). */
export interface BoardData {
  unit: string;
  contacts: HotlineContactData[];
  mailbox: string;
  note?: string;
  verifiedOn: string;
}

/** What previews know of the rest of the site. */
export interface PreviewData {
  units: Map<string, UnitData>;
  /** Boards by the unit they belong to. */
  boards: Map<string, BoardData>;
  /** The commune's words ("Công an phường"), when the commune is known. */
  words?: CommuneWords;
  reporting: ReportingFacts;
}

/** Decap's `getCollection` as preview templates receive it (decap-cms-core EditorPreviewPane). */
export type GetCollection = (name: string, slug?: string) => Promise<unknown>;

type Loaded = { slug: string; data: unknown };

/** Immutable.js values to plain JS. */
export function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS: () => unknown }).toJS() : value;
}

let current: PreviewData | undefined;
let loading: Promise<PreviewData> | undefined;

/** The data read so far, if any. */
export function previewData(): PreviewData | undefined {
  return current;
}

function communeOf(units: Map<string, UnitData>, settingsUnit: unknown): [string, UnitData] | undefined {
  const named = typeof settingsUnit === 'string' ? units.get(settingsUnit) : undefined;
  if (named && isCommuneKind(named.kind)) return [settingsUnit as string, named];
  return [...units].find(([, u]) => isCommuneKind(u.kind) && !u.parent);
}

/** Settings values previews use (settings/site.yaml). */
export interface SettingsData {
  unit?: string;
  reporting?: { mailbox: string; vneidSteps: string[] };
}

/** The preview data from the entries as stored: units by slug, boards, settings. */
export function buildPreviewData(
  unitEntries: Iterable<readonly [string, UnitData]>,
  boardList: Iterable<BoardData>,
  settings: SettingsData,
): PreviewData {
  const units = new Map(unitEntries);
  const boards = new Map([...boardList].map((b) => [b.unit, b] as const));
  const commune = communeOf(units, settings.unit);
  const words = commune
    ? communeWords(
        commune[1],
        [...units.values()].filter((u) => u.parent === commune[0]),
      )
    : undefined;
  return { units, boards, ...(words ? { words } : {}), reporting: reportingFacts(settings) };
}

async function read(getCollection: GetCollection): Promise<PreviewData> {
  // Decap answers a list with a plain array of Immutable maps (an Immutable list in other versions): both are read.
  const list = async (name: string) =>
    [...(plain(await getCollection(name)) as Iterable<unknown>)]
      .map((e) => plain(e) as Loaded)
      .map((e) => [e.slug, plain(e.data)] as const);
  // The settings are a file collection; a site still being set up may not have them yet: defaults then.
  const settings = (await getCollection('settings', 'site')
    .then((e) => plain((plain(e) as Loaded).data))
    .catch(() => ({}))) as SettingsData;
  const boards = (await list('hotlines')).map(([, b]) => b as BoardData);
  return buildPreviewData((await list('units')) as [string, UnitData][], boards, settings);
}

/** Reads the data again (a board edited since shows), sharing a read already under way; resolves when it is there. */
export function loadPreviewData(getCollection: GetCollection): Promise<PreviewData> {
  loading ??= read(getCollection)
    .then((data) => (current = data))
    .finally(() => {
      loading = undefined;
    });
  return loading;
}
