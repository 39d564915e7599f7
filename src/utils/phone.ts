/** Vietnamese phone numbers: validation, normalization, display and tel: links. */

/** Digits only, with +84 / 84 rewritten to the national 0 prefix. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) return '0' + digits.slice(3);
  return digits;
}

const MOBILE = /^0[35789]\d{8}$/; // 10 digits since the 2018 renumbering
const LANDLINE = /^02\d{9}$/; // 02 + area code + subscriber: 11 digits
const NATIONAL = /^(111|113|114|115)$/; // child protection, police, fire, ambulance
const SERVICE = /^1[89]00\d{4,6}$/; // 1800 / 1900 numbers

export function isVietnamesePhone(raw: string): boolean {
  if (!/^[+0-9][0-9 .\-()]*$/.test(raw.trim())) return false;
  const n = normalizePhone(raw.trim());
  return MOBILE.test(n) || LANDLINE.test(n) || NATIONAL.test(n) || SERVICE.test(n);
}

/** The href of a tel: link; works on every phone. */
export function telHref(raw: string): string {
  return `tel:${normalizePhone(raw)}`;
}

/** Groups digits the way they are read aloud: 0912 345 678 (mobile), 0237 3851 152 (area code, then 4 + 3). */
export function formatPhone(raw: string): string {
  const n = normalizePhone(raw);
  if (MOBILE.test(n)) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  if (LANDLINE.test(n)) return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
  return n;
}
