/**
 * A campaign's banner (băng rôn) at its real size, 4 m × 0.8 m (5:1): red cloth, the slogan in yellow, the
 * campaign and the commune in white. The PDF is vector, so a print shop can print it at 1:1 or scale it.
 */
import { mm, type Op, type PrintDoc } from '../draw/doc.ts';
import { emblemOps } from '../draw/emblem.ts';
import { placeText, placeTextMiddle } from '../draw/layout.ts';
import type { BannerData } from '../jobs.ts';
import { posterText } from '../../i18n/posters.ts';
import { color, upper } from './style.ts';

/** The banner's ratio, width to height. */
export const BANNER_RATIO = 5;
/** Printed size in millimetres. */
export const BANNER_MM = { width: 4000, height: 800 } as const;

export function bannerDoc(data: BannerData): PrintDoc {
  const W = mm(BANNER_MM.width);
  const H = mm(BANNER_MM.height);
  const M = H * 0.1;
  const ops: Op[] = [];
  ops.push({ op: 'rect', x: 0, y: 0, w: W, h: H, fill: color.alert });
  // A thin yellow border inside the hem.
  ops.push({ op: 'rect', x: M * 0.5, y: M * 0.5, w: W - M, h: H - M, stroke: color.yellow, lineWidth: H * 0.012 });

  const emblem = H * 0.46;
  ops.push(...emblemOps(M * 1.4, (H - emblem) / 2, emblem, color.yellow, color.alert));
  const left = M * 1.4 + emblem + M;
  const width = W - left - M * 1.6;

  // Top line: who and for what; the slogan fills the rest.
  const top = placeText(
    ops,
    upper(`${data.brand.communeName} ${posterText.banner.respond} ${data.title}`),
    { x: left, y: M * 1.1, width },
    { maxLines: 1, maxSize: H * 0.11, minSize: H * 0.05 },
    { weight: 'bold', color: color.white, align: 'center' },
  );
  const sloganTop = M * 1.1 + top.height + H * 0.03;
  placeTextMiddle(
    ops,
    upper(data.slogan),
    { x: left, y: sloganTop, width, height: H - sloganTop - M * 1.1 },
    { maxLines: 2, maxSize: H * 0.26, minSize: H * 0.08, lineHeight: 1.1 },
    { weight: 'black', color: color.yellow, align: 'center' },
  );

  return {
    title: `${posterText.banner.kind}: ${data.slogan}`,
    subject: data.title,
    author: data.brand.siteName,
    pages: [{ width: W, height: H, ops }],
  };
}
