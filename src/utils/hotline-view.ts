/** What a hotline board shows of each contact, in readers' words: shared by the site (HotlineBoard.astro) and the CMS preview. */
import { roleLabel, type CommuneWords } from './unit-words';

/** One row of a board: the role as readers say it, who holds it, the number and whether it is illustrative. */
export interface HotlineContactView {
  role: string;
  person?: string | undefined;
  phone: string;
  isExample: boolean;
}

/** A board's contact as stored in content (hotlines/*.yaml). */
export interface HotlineContactData {
  role: string;
  name?: string | undefined;
  title?: string | undefined;
  phone: string;
  isExample?: boolean | undefined;
}

/** The rows of a board of a unit of `unitKind`, with roles in the commune's words ("Trưởng Công an phường"). */
export function contactViews(
  contacts: readonly HotlineContactData[],
  words: CommuneWords,
  unitKind: string | undefined,
): HotlineContactView[] {
  return contacts.map((c) => ({
    role: roleLabel(c.role, words, unitKind),
    person: [c.name, c.title].filter(Boolean).join(', ') || undefined,
    phone: c.phone,
    isExample: c.isExample === true,
  }));
}
