/**
 * Every word the site says about a unit, built from its kind (tables in src/i18n/unit-kinds.ts): "phường Điện Biên"
 * mid-sentence, "Phường Điện Biên" as a heading, "Công an phường", "các tổ dân phố", "Tổ trưởng tổ dân phố".
 */
import { communeKinds, defaultResidentialKind, residentialKinds, unitPhrases } from '../i18n/unit-kinds';
import { choiceLabel } from '../i18n/choices';
import { capitalize } from './capitalize';

export type CommuneKind = (typeof communeKinds)[number]['value'];
export type ResidentialKind = (typeof residentialKinds)[number]['value'];

/** What the word functions need of a unit (a content entry's `data` fits). */
export interface UnitLike {
  kind: string;
  name: string;
}

const communeKind = (kind: string) => communeKinds.find((k) => k.value === kind);
const residentialKind = (kind: string) => residentialKinds.find((k) => k.value === kind);

/** True for xã, phường, đặc khu. */
export function isCommuneKind(kind: string): kind is CommuneKind {
  return communeKind(kind) !== undefined;
}

/** True for thôn, tổ dân phố, khu phố, ấp, bản… */
export function isResidentialKind(kind: string): kind is ResidentialKind {
  return residentialKind(kind) !== undefined;
}

/** The lower-case noun of a kind: "phường", "tổ dân phố". */
export function kindNoun(kind: string): string {
  const found = communeKind(kind) ?? residentialKind(kind);
  if (!found) throw new Error(`Unknown unit kind "${kind}"`);
  return found.noun;
}

export { capitalize };

/** "phường Điện Biên", "tổ dân phố Số 1": the name as it stands mid-sentence. */
export function unitName(unit: UnitLike): string {
  return `${kindNoun(unit.kind)} ${unit.name}`.normalize('NFC');
}

/** "Phường Điện Biên", "Tổ dân phố Số 1": the name as a heading or at the start of a sentence. */
export function unitTitle(unit: UnitLike): string {
  return capitalize(unitName(unit));
}

/** Who leads a residential unit: "Trưởng thôn", "Tổ trưởng tổ dân phố". */
export function residentialHead(kind: string): string {
  const found = residentialKind(kind);
  if (!found) throw new Error(`Unknown residential unit kind "${kind}"`);
  return found.head;
}

/** The words of a commune and of its residential units. */
export interface CommuneWords {
  /** "phường" */
  noun: string;
  /** "phường Điện Biên" */
  name: string;
  /** "Phường Điện Biên" */
  title: string;
  /** "Công an phường" */
  police: string;
  /** "Công an phường Điện Biên" */
  policeOf: string;
  /** Kinds of its residential units, in order of first appearance: ["thon", "ban"]. */
  unitKinds: ResidentialKind[];
  /** "thôn, bản" */
  unitList: string;
  /** "các thôn, bản" */
  units: string;
  /** "Trưởng thôn", "Trưởng bản" */
  heads: string[];
}

/**
 * The words of a commune, given its residential units (any order). A commune with no units yet speaks of the kind
 * its `residentialKind` names, else of the usual kind for its level (thôn in a xã, tổ dân phố in a phường).
 */
export function communeWords(
  commune: UnitLike & { residentialKind?: string | undefined },
  units: readonly { kind: string }[],
): CommuneWords {
  if (!isCommuneKind(commune.kind)) throw new Error(`"${commune.kind}" is not a commune-level kind`);
  const seen = [...new Set(units.map((u) => u.kind).filter(isResidentialKind))];
  const fallback =
    commune.residentialKind && isResidentialKind(commune.residentialKind)
      ? commune.residentialKind
      : defaultResidentialKind[commune.kind];
  const unitKinds = seen.length > 0 ? seen : [fallback];
  const nouns = unitKinds.map(kindNoun);
  const police = unitPhrases.police(kindNoun(commune.kind));
  return {
    noun: kindNoun(commune.kind),
    name: unitName(commune),
    title: unitTitle(commune),
    police,
    policeOf: `${police} ${commune.name}`.normalize('NFC'),
    unitKinds,
    unitList: nouns.join(', '),
    units: unitPhrases.plural(nouns),
    heads: unitKinds.map(residentialHead),
  };
}

/**
 * A hotline role as readers see it on the board of `unitKind` (the commune's own board when it is a commune kind):
 * "Trưởng Công an phường", "Tổ trưởng tổ dân phố". Stored values never change; roles without a kind stay as labelled.
 */
export function roleLabel(role: string, words: CommuneWords, unitKind?: string): string {
  const build = unitPhrases.roles[role];
  if (!build) return choiceLabel('hotlineRole', role);
  const heads = unitKind && isResidentialKind(unitKind) ? [residentialHead(unitKind)] : words.heads;
  return build({ police: words.police, heads });
}
