/** The name a hotline number is saved under in the phone: who answers, with the real office and unit names. */
import { kindNoun, unitName, type CommuneWords, type UnitLike } from '../utils/unit-words';

/** Roles that name an office above the commune (the city's drug police, the national 113): kept as they are. */
const BEYOND_COMMUNE = new Set(['csdt-ma-tuy', 'khan-cap']);

/**
 * "Trưởng Công an xã Lạc Phượng", "Tổ trưởng tổ dân phố Số 1", "Cán bộ Công an phụ trách địa bàn thôn An Lạc", from
 * the role as readers see it (`label`) on the board of `unit`; a role "khác" goes by the contact's title.
 */
export function answererName(
  role: string,
  label: string,
  title: string | undefined,
  unit: UnitLike,
  words: CommuneWords,
): string {
  if (label.includes(words.police)) return label.replace(words.police, words.policeOf);
  if (BEYOND_COMMUNE.has(role)) return label;
  const who = role === 'khac' && title ? title : label;
  if (who.includes(unit.name)) return who;
  return who.toLocaleLowerCase('vi').endsWith(kindNoun(unit.kind)) ? `${who} ${unit.name}` : `${who} ${unitName(unit)}`;
}
