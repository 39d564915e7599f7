/**
 * The content folder of a new commune, as `npm run new-commune` writes it: the site settings, the commune and its
 * police's hotline board (shown on the home page), and one unit and one hotline board per residential unit, with
 * placeholder numbers marked as illustrative. Nothing else: every other section stays hidden until its first entry. Pure: the CLI (tools/cli/new-commune.ts) writes it.
 */
import { stringify } from 'yaml';
import { newCommuneText as t } from '../i18n/new-commune';
import { defaultResidentialKind, residentialKinds, unitPhrases } from '../i18n/unit-kinds';
import { formatPhone } from '../utils/phone';
import { slugify } from '../utils/slug';
import { kindNoun, residentialHead, unitName, type CommuneKind, type ResidentialKind } from '../utils/unit-words';

/** What the command was told. */
export interface StarterOptions {
  /** The commune's name without its kind: "Điện Biên". */
  name: string;
  kind: CommuneKind;
  /** Residential units as written: "Tổ dân phố 1", "Bản Hua Tát" or just "Hua Tát". */
  units: string[];
  /**
   * The kind of a unit written without its kind word; default: the usual one for the commune kind (thôn in a xã,
   * tổ dân phố in a phường). A unit written with one ("Bản Hua Tát") is of that kind.
   */
  unitKind?: ResidentialKind;
  province?: string;
  siteUrl?: string;
  /** The commune's real main number; without it a placeholder marked illustrative is written. */
  phone?: string;
  /** "Today" (YYYY-MM-DD): the boards' verifiedOn. */
  today: string;
}

/** One file to write, relative to the content folder. */
export interface StarterFile {
  path: string;
  text: string;
}

const tidy = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ');

/** The name without a leading kind word typed with it: "Phường Điện Biên" → "Điện Biên". */
function withoutKind(name: string, noun: string): string {
  const nfc = tidy(name);
  return nfc.toLocaleLowerCase('vi').startsWith(`${noun} `) ? nfc.slice(noun.length + 1).trim() : nfc;
}

/** Residential kinds, longest noun first: "khu phố 3" is a khu phố, not a khu named "phố 3". */
const kindsByNounLength = [...residentialKinds].sort((a, b) => b.noun.length - a.noun.length);

/**
 * A residential unit as written: of the kind its first words name ("Thôn Hồng Châu" among khu, "Bản Phăng"), else
 * of `fallback` ("Hua Tát", "1"); the name is what follows the kind word.
 */
export function writtenUnit(written: string, fallback: ResidentialKind): { kind: ResidentialKind; name: string } {
  const nfc = tidy(written);
  const lower = nfc.toLocaleLowerCase('vi');
  const own = kindsByNounLength.find((k) => lower.startsWith(`${k.noun} `) && nfc.length > k.noun.length + 1);
  return own ? { kind: own.value, name: nfc.slice(own.noun.length + 1).trim() } : { kind: fallback, name: nfc };
}

/** A placeholder mobile number, distinct for each unit and role: 0900 1 00001 → "0900 100 001". */
function placeholder(role: number, index: number): string {
  return formatPhone(`0900${role}${String(index).padStart(5, '0')}`);
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** The files of the new content folder, in writing order. */
export function starterFiles(o: StarterOptions): StarterFile[] {
  const communeNoun = kindNoun(o.kind);
  const name = withoutKind(o.name, communeNoun);
  const communeSlug = slugify(name);
  const commune = unitName({ kind: o.kind, name });
  const police = unitPhrases.police(communeNoun);
  const unitKind = o.unitKind ?? defaultResidentialKind[o.kind];

  const files: StarterFile[] = [];
  files.push({
    path: 'settings/site.yaml',
    text: yaml({
      siteName: t.siteName(commune),
      tagline: t.tagline(commune),
      siteUrl: o.siteUrl ?? `https://${communeSlug.replace(/-/g, '')}.example.vn`,
      unit: communeSlug,
      contact: {
        address: [t.office(`${police} ${name}`), o.province].filter(Boolean).join(', '),
        phone: o.phone ?? placeholder(0, 0),
        phoneIsExample: o.phone === undefined,
        officeHours: t.officeHours,
      },
      targets: { postsPerWeek: 2, broadcastsPerWeek: 2, lessonsPerSemester: 2, boardWarnDays: 90, boardFailDays: 180 },
    }),
  });
  files.push({
    path: `units/${communeSlug}.yaml`,
    text: yaml({
      name,
      kind: o.kind,
      ...(o.unitKind && o.unitKind !== defaultResidentialKind[o.kind] ? { residentialKind: o.unitKind } : {}),
      ...(o.province ? { province: o.province } : {}),
    }),
  });
  files.push({
    path: `hotlines/${communeSlug}.yaml`,
    text: yaml({
      unit: communeSlug,
      contacts: [
        { role: 'truong-cong-an', phone: placeholder(3, 0), isExample: true },
        { role: 'truc-ban', title: t.dutyTitle, phone: placeholder(4, 0), isExample: true },
        { role: 'khan-cap', title: t.emergencyTitle, phone: '113', isExample: false },
      ],
      mailbox: t.mailboxPending(commune),
      verifiedOn: o.today,
    }),
  });
  o.units.forEach((written, i) => {
    const unit = writtenUnit(written, unitKind);
    const unitName = unit.name;
    const label = `${kindNoun(unit.kind)} ${unitName}`;
    const slug = slugify(label);
    const head = residentialHead(unit.kind);
    files.push({
      path: `units/${slug}.yaml`,
      text: yaml({ name: unitName, kind: unit.kind, parent: communeSlug, order: i + 1 }),
    });
    files.push({
      path: `hotlines/${slug}.yaml`,
      text: yaml({
        unit: slug,
        contacts: [
          { role: 'truong-thon', title: t.headTitle(head, unitName), phone: placeholder(1, i + 1), isExample: true },
          {
            role: 'cong-an-phu-trach',
            title: t.policeTitle(police, label),
            phone: placeholder(2, i + 1),
            isExample: true,
          },
        ],
        mailbox: t.mailboxPending(label),
        verifiedOn: o.today,
      }),
    });
  });
  return files;
}
