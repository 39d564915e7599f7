/** Colours and small helpers shared by the templates (the site's own palette, see src/styles/global.css). */
export const color = {
  brand: '#0b3d91',
  brandDark: '#082c69',
  alert: '#b3261e',
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  line: '#c9ccd1',
  paper: '#f4f5f7',
  white: '#ffffff',
  yellow: '#ffd83d',
} as const;

export { capitalize } from '../../utils/capitalize.ts';

/** Upper case the Vietnamese way (ư → Ư, đ → Đ), NFC. */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}
