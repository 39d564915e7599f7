/** Small real PNG photos stand-ins for synthetic articles: soft two-colour gradients with a band, encoded by pngjs. */
import { PNG } from 'pngjs';

const PALETTES: [number, number, number][][] = [
  [
    [33, 87, 153],
    [240, 196, 87],
  ],
  [
    [26, 120, 90],
    [230, 238, 210],
  ],
  [
    [160, 52, 48],
    [250, 222, 180],
  ],
  [
    [70, 70, 110],
    [200, 220, 240],
  ],
];

/** One PNG of the given size; `variant` picks the palette. */
export function gradientPng(variant: number, width = 640, height = 360): Buffer {
  const png = new PNG({ width, height });
  const [from, to] = PALETTES[variant % PALETTES.length]!;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      const band = Math.abs(y - height * 0.62) < height * 0.08 ? 0.85 : 1;
      const i = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round((from![c]! * (1 - t) + to![c]! * t) * band);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}
