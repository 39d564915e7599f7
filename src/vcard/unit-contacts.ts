/**
 * The contacts of a unit's "Lưu vào danh bạ" file: exactly the numbers of its printed board (the unit's own
 * numbers, then the commune's numbers it does not already list: src/posters/manifest.ts), each named after the
 * office or unit that answers, so they sort together in the phone and say who they are on the call screen.
 */
import { getBoardFor, type Board } from '../data/hotlines';
import { getSite, getUnitWords, type Unit } from '../data/site';
import { offlineText } from '../i18n/offline';
import { formatDateShort } from '../utils/dates';
import { formatPhone, normalizePhone } from '../utils/phone';
import { routes } from '../utils/routes';
import { roleLabel, type CommuneWords } from '../utils/unit-words';
import { answererName } from './contact-name';
import type { VCardContact } from './vcard';

const t = offlineText.contacts;
/** `examples`: numbers marked illustrative anywhere (the board's `isExample`, the site's `contact.phoneIsExample`). */
function contactsOf(
  board: Board | undefined,
  unit: Unit,
  commune: Unit,
  words: CommuneWords,
  pageUrl: string,
  examples: Set<string>,
): (VCardContact & { digits: string })[] {
  if (!board) return [];
  const kind = unit.id === commune.id ? undefined : unit.data.kind;
  return board.data.contacts.map((c) => {
    const digits = normalizePhone(c.phone);
    const name = `${t.prefix}${t.separator}${answererName(c.role, roleLabel(c.role, words, kind), c.title, unit.data, words)}`;
    const isExample = c.isExample || examples.has(digits);
    const note = [
      [c.name, c.title].filter(Boolean).join(', '),
      isExample ? t.exampleNote : '',
      t.verifiedOn(formatDateShort(board.data.verifiedOn)),
    ];
    return {
      digits,
      name: isExample ? `${name} ${t.exampleMark}` : name,
      phone: formatPhone(c.phone),
      phoneType: /^0[35789]\d{8}$/.test(digits) ? 'cell' : 'work',
      title: c.title,
      note: note.filter(Boolean).join('\n'),
      categories: [t.category],
      url: pageUrl,
    };
  });
}

/** The contacts of `unit` (a village or the commune itself), in the order of its printed board. */
export async function unitContacts(unit: Unit, site: URL): Promise<VCardContact[]> {
  const settings = await getSite();
  const commune = settings.commune;
  const words = await getUnitWords();
  const isCommune = unit.id === commune.id;
  const page = new URL(isCommune ? routes.section('hotlines') : routes.entry('hotlines', unit.id), site).href;
  const examples = new Set(settings.contact.phoneIsExample ? [normalizePhone(settings.contact.phone)] : []);
  const own = contactsOf(await getBoardFor(unit.id), unit, commune, words, page, examples);
  const seen = new Set(own.map((c) => c.digits));
  const communes = isCommune
    ? []
    : contactsOf(await getBoardFor(commune.id), commune, commune, words, page, examples).filter(
        (c) => !seen.has(c.digits),
      );
  return [...own, ...communes].map(({ digits: _digits, ...c }) => c);
}
