/**
 * vCard 3.0 (RFC 2426) text for phone contacts: CRLF line ends, text values escaped, lines folded at 75 octets
 * without splitting a UTF-8 character, NFC so Vietnamese letters stay one character each.
 */

/** One contact: one number with the name it is saved under. */
export interface VCardContact {
  /** The name shown in the phone's list and on the call screen. */
  name: string;
  phone: string;
  /** `cell` for mobiles; `work` for landlines and short numbers. */
  phoneType: 'cell' | 'work';
  organization?: string;
  title?: string;
  note?: string;
  categories?: string[];
  url?: string;
}

/** A text value with `\`, `,`, `;` and line breaks escaped (RFC 2426 §4). */
export function escapeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/([,;])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; a continuation line holds 74 after its leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function card(c: VCardContact): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    // The whole name as the family name: every phone shows it as it is, and sorts it under "Đường dây nóng".
    `N:${escapeText(c.name)};;;;`,
    `FN:${escapeText(c.name)}`,
    `TEL;TYPE=${c.phoneType === 'cell' ? 'CELL' : 'WORK'},VOICE:${c.phone}`,
  ];
  if (c.organization) lines.push(`ORG:${escapeText(c.organization)}`);
  if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
  if (c.categories?.length) lines.push(`CATEGORIES:${c.categories.map(escapeText).join(',')}`);
  if (c.note) lines.push(`NOTE:${escapeText(c.note)}`);
  if (c.url) lines.push(`URL:${c.url}`);
  lines.push('END:VCARD');
  return lines;
}

/** A .vcf file holding every contact, one vCard each. */
export function vcardFile(contacts: readonly VCardContact[]): string {
  return contacts.flatMap(card).map(foldLine).join('\r\n') + '\r\n';
}
