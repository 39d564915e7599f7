/**
 * Draws a display list page as a PNG: the list becomes SVG (text as <text> in the same TTFs), resvg rasterizes it and
 * sharp encodes it (draw/raster.ts).
 */
import { FONT_FAMILY, weightNumber } from '../fonts.ts';
import { ascentFor } from '../measure.ts';
import type { Op, Page } from './doc.ts';
import { qrRuns } from './qr.ts';
import { svgToPng } from './raster.ts';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Math.round(v * 100) / 100;

function svgOp(op: Op): string {
  switch (op.op) {
    case 'rect': {
      const dash = op.dash ? ` stroke-dasharray="${op.dash} ${op.dash}"` : '';
      return `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}"${op.radius ? ` rx="${op.radius}"` : ''} fill="${op.fill ?? 'none'}"${op.stroke ? ` stroke="${op.stroke}" stroke-width="${op.lineWidth ?? 1}"${dash}` : ''}/>`;
    }
    case 'line':
      return `<line x1="${n(op.x1)}" y1="${n(op.y1)}" x2="${n(op.x2)}" y2="${n(op.y2)}" stroke="${op.stroke}" stroke-width="${op.lineWidth}"${op.dash ? ` stroke-dasharray="${op.dash} ${op.dash}"` : ''}/>`;
    case 'text': {
      const baseline = op.y + ascentFor(op.weight) * op.size;
      return `<text x="${n(op.x)}" y="${n(baseline)}" font-family="${FONT_FAMILY}" font-weight="${weightNumber[op.weight]}" font-size="${n(op.size)}" fill="${op.color}" xml:space="preserve">${escape(op.text)}</text>`;
    }
    case 'path': {
      const paint = op.fill
        ? `fill="${op.fill}"`
        : `fill="none" stroke="${op.stroke}" stroke-width="${op.lineWidth ?? 1}" stroke-linecap="round" stroke-linejoin="round"`;
      return `<path transform="translate(${n(op.x)} ${n(op.y)}) scale(${op.scale})" d="${op.d}" ${paint}/>`;
    }
    case 'qr': {
      const cell = op.size / op.modules.length;
      const d = qrRuns(op.modules)
        .map(([r, c, l]) => `M${n(op.x + c * cell)} ${n(op.y + r * cell)}h${n(l * cell)}v${n(cell)}h${n(-l * cell)}z`)
        .join('');
      return `<path d="${d}" fill="${op.color}" shape-rendering="crispEdges"/>`;
    }
  }
}

/** The SVG of one page, scaled so that one point is `scale` pixels. */
export function pageSvg(page: Page, scale: number): string {
  const w = Math.round(page.width * scale);
  const h = Math.round(page.height * scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${n(page.width)} ${n(page.height)}"><rect width="100%" height="100%" fill="#ffffff"/>${page.ops.map(svgOp).join('')}</svg>`;
}

/** PNG bytes of one page at `dpi` dots per inch (300 for print), or at a fixed pixel width; the file records its dpi. */
export function writePng(page: Page, size: { dpi: number } | { width: number }): Promise<Buffer> {
  const scale = 'dpi' in size ? size.dpi / 72 : size.width / page.width;
  return svgToPng(pageSvg(page, scale), { print: true, dpi: scale * 72 });
}
