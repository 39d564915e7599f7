/**
 * Every English string of the site, in one place: the English page on organisation and contacts (/en/) that
 * Decree 42/2022/NĐ-CP asks of a state agency's portal. Names come from the content, written without marks.
 */

import { communeKinds, residentialKinds } from './unit-kinds.ts';

/** Unit kinds in English, by stored value (the `en` of each kind in src/i18n/unit-kinds.ts); the noun follows the name. */
export const enKinds: Record<string, string> = Object.fromEntries(
  [...communeKinds, ...residentialKinds].map((k) => [k.value, k.en]),
);

/** Hotline roles in English, by stored value; `police` is "Lac Phuong Commune Police", `unit` the board's unit. */
export const enRoles: Record<string, (w: { police: string; unit: string }) => string> = {
  'truong-cong-an': (w) => `Chief of ${w.police}`,
  'pho-truong-pctp': (w) => `Deputy Chief of ${w.police}, crime prevention`,
  'csdt-ma-tuy': () => 'Drug Crime Investigation Police',
  'truong-thon': (w) => `Head of ${w.unit}`,
  'cong-an-phu-trach': (w) => `Police officer in charge of ${w.unit}`,
  'truc-ban': (w) => `${w.police} duty desk`,
  'khan-cap': () => 'National police emergency number',
  khac: () => 'Other contact',
};

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const en = {
  /** og:locale of the English page. */
  locale: 'en_GB',
  /** "Lac Phuong Commune": the kind after the name, as English names places. */
  unitName: (name: string, kind: string) => `${name} ${enKinds[kind] ?? ''}`.trim(),
  /** "Lac Phuong Commune Police" */
  police: (commune: string) => `${commune} Police`,
  title: (commune: string) => `${commune}: organisation and contacts`,
  description: (commune: string) =>
    `Who to call about drugs in ${commune}, Vietnam: the commune police, the hotline of every village or residential group, and how to report.`,
  intro: (commune: string, police: string) =>
    `This page is the English summary of the drug prevention portal of ${commune}. The portal is run by ${police}; the rest of the site is in Vietnamese. Names are written here without Vietnamese marks, so that you can read them aloud; the Vietnamese spelling follows in brackets where signs show it.`,
  vietnameseHome: 'Vietnamese home page',
  emergency: 'In an emergency, call the police on',
  emergencyNumber: '113',
  /** "Ward office" for a ward, "Commune office" for a commune: the kind's noun (`enKinds` above). */
  officeHeading: (kind: string) => `${kind} office`,
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  officeHours: 'Office hours (in Vietnamese)',
  /** Followed by the Vietnamese mark every unconfirmed number carries on every page ("số minh họa"). */
  exampleNumber: 'example number',
  organisationHeading: 'Organisation',
  organisation: (commune: string, count: number, kind: string) =>
    `${commune} is divided into ${count} ${kind.toLowerCase()}${count === 1 ? '' : 's'}. Each has its own hotline board, listed below.`,
  /** The units of a commune whose units are of several kinds (villages and hamlets). */
  mixedKinds: 'Residential Unit',
  hotlinesHeading: 'Hotlines',
  hotlinesIntro:
    'Call any of these numbers to report drug use, drug dealing or a suspicious package. The name of the person who reports is kept confidential.',
  mailbox: 'Crime report box',
  verifiedOn: (d: Date) =>
    `Numbers last checked on ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}.`,
  reportHeading: 'Other ways to report',
  reportWays: (police: string) => [
    `Write a note and put it in a crime report box (there is one in every village and one at the ${police} office).`,
    `Go to the ${police} office in person.`,
  ],
  /** The VNeID way: the app's own Vietnamese menu names are shown as the app shows them. */
  vneid: {
    lead: 'In the VNeID app (level 2 account), choose',
    then: 'then',
    end: '.',
    menus: ['Dịch vụ khác', 'Tố giác, tin báo về tội phạm'],
  },
} as const;
