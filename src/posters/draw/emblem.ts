/** The portal's emblem, a shield with a tick (the favicon), as SVG path data in a 32×32 box. No image file needed. */

/** Shield outline. */
export const SHIELD = 'M16 3l11 4.5v7.5c0 7.2-4.8 12-11 14.5C9.8 27 5 22.2 5 15V7.5z';
/** Tick inside the shield, drawn as a stroke. */
export const TICK = 'M10.5 15.5l4 4 7.5-8.5';

/** The emblem as a standalone SVG (for satori images): shield in `shield` colour, tick in `tick` colour. */
export function emblemSvg(size: number, shield = '#ffffff', tick = '#b3261e'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><path d="${SHIELD}" fill="${shield}"/><path d="${TICK}" fill="none" stroke="${tick}" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

/** The emblem as display-list ops at (x, y), `size` points wide. */
export function emblemOps(x: number, y: number, size: number, shield: string, tick: string) {
  const scale = size / 32;
  return [
    { op: 'path' as const, d: SHIELD, x, y, scale, fill: shield },
    { op: 'path' as const, d: TICK, x, y, scale, stroke: tick, lineWidth: 3.2 },
  ];
}
