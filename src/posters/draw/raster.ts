/**
 * SVG to PNG bytes: resvg rasterizes, sharp encodes. resvg's own PNG writer costs more CPU than sharp's zlib and
 * makes files about a third larger; the pixels are the same (tests/posters/encoding.test.ts decodes both).
 */
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import sharp from 'sharp';
import { allFontFiles, FONT_FAMILY } from '../fonts.ts';

/**
 * zlib level of every PNG. Lower levels save little (the pixel copy out of resvg and the pipeline cost the same at
 * every level: level 4 is about 10% faster) and make files 10–20% larger; these are downloaded on phones.
 */
export const PNG_COMPRESSION = 6;

// Each render worker encodes one image at a time: no libvips thread pool of its own, no operation cache to fill.
sharp.concurrency(1);
sharp.cache(false);

/**
 * PNG bytes of an image from rasterize(), stamped with its print density (pHYs). resvg hands out premultiplied
 * RGBA; rasterize() draws every image on white, so every pixel is opaque, premultiplied and straight RGBA are the
 * same bytes, and the alpha channel can go (an RGB file is smaller).
 */
export function encodePng(image: RenderedImage, dpi: number): Promise<Buffer> {
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .withDensity(dpi)
    .png({ compressionLevel: PNG_COMPRESSION })
    .toBuffer();
}

/** How to rasterize: a print page (`print`) has SVG <text> in the project's TTFs; a screen image comes from satori. */
export interface RasterOptions {
  print: boolean;
}

/**
 * Rasterizes an SVG at its own size, on white from edge to edge: every image here has a white ground, and a print
 * page's pixel size is rounded, so its viewBox can leave a sliver of a row uncovered that would be partly
 * transparent. System fonts are never loaded: a print page's <text> gets the project's TTFs; satori's SVG holds
 * its text as paths and needs no font.
 */
export function rasterize(svg: string, options: RasterOptions): RenderedImage {
  const font = options.print
    ? { fontFiles: allFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }
    : { loadSystemFonts: false };
  return new Resvg(svg, { font, background: '#ffffff', fitTo: { mode: 'original' } }).render();
}

/** PNG bytes of an SVG (see rasterize and encodePng). */
export function svgToPng(svg: string, options: RasterOptions & { dpi: number }): Promise<Buffer> {
  return encodePng(rasterize(svg, options), options.dpi);
}
