/**
 * The content folder of a new commune, as `npm run new-commune` writes it: the site settings, the commune, and
 * one unit and one hotline board per residential unit, with placeholder numbers marked as illustrative. Nothing
 * else: every other section stays hidden until its first entry. Pure: the CLI (tools/cli/new-commune.ts) writes it.
 */
import { stringify } from 'yaml';
import { defaultResidentialKind } from '../i18n/unit-kinds';
import { newCommuneText as t } from '../i18n/new-commune';
import { unitPhrases } from '../i18n/unit-kinds';
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
  /** Their kind; default: the usual one for the commune kind (thôn in a xã, tổ dân phố in a phường). */
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

/** The name without a leading kind word typed with it: "Phường Điện Biên" → "Điện Biên". */
function withoutKind(name: string, noun: string): string {
  const nfc = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return nfc.toLocaleLowerCase('vi').startsWith(`${noun} `) ? nfc.slice(noun.length + 1).trim() : nfc;
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
  const unitNoun = kindNoun(unitKind);
  const head = residentialHead(unitKind);

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
  o.units.forEach((written, i) => {
    const unitName = withoutKind(written, unitNoun);
    const slug = slugify(`${unitNoun} ${unitName}`);
    const label = `${unitNoun} ${unitName}`;
    files.push({
      path: `units/${slug}.yaml`,
      text: yaml({ name: unitName, kind: unitKind, parent: communeSlug, order: i + 1 }),
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
