/**
 * The app icon: the portal's emblem (src/posters/draw/emblem.ts) on the brand colour, square and full-bleed so it
 * also serves as a maskable icon: the emblem stays inside the central safe circle (80% of the width) on any mask.
 */
import { Resvg } from '@resvg/resvg-js';
import { SHIELD, TICK } from '../posters/draw/emblem';
import { color } from '../posters/templates/style';
import { THEME_COLOR } from './paths';

/** The emblem's share of the icon's width: its 32-unit box, centred, fits the safe circle with room to spare. */
const EMBLEM_SHARE = 0.56;

/** The icon as SVG, `size` pixels square. */
export function iconSvg(size: number): string {
  const scale = (size * EMBLEM_SHARE) / 32;
  const offset = (size * (1 - EMBLEM_SHARE)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${THEME_COLOR}"/><g transform="translate(${offset} ${offset}) scale(${scale})"><path d="${SHIELD}" fill="${color.white}"/><path d="${TICK}" fill="none" stroke="${color.alert}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
}

/** The icon as PNG bytes. */
export function iconPng(size: number): Buffer {
  return new Resvg(iconSvg(size), { font: { loadSystemFonts: false } }).render().asPng();
}
