/**
 * Screen images drawn with satori: the 1200×630 share image of every page and the 1080×1080 square card of an
 * article. Titles are fitted with the same font metrics as the print templates, then set line by line.
 */
import satori from 'satori';
import { emblemSvg } from '../draw/emblem.ts';
import { svgToPng } from '../draw/raster.ts';
import { FONT_FAMILY, fontBuffer, weightNumber, type Weight } from '../fonts.ts';
import type { Brand, ShareData, SquareData } from '../jobs.ts';
import { measureFor } from '../measure.ts';
import { clean, fitText } from '../text.ts';
import { posterText } from '../../i18n/posters.ts';
import { capitalize, color, upper } from './style.ts';

/** A satori element: what JSX would produce, written as plain objects (no React needed). */
interface El {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown };
}

const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): El => ({
  type,
  props: { style: { display: 'flex', ...style }, children, ...extra },
});

const WEIGHTS: Weight[] = ['regular', 'semibold', 'bold', 'black'];
let fontList: { name: string; data: Buffer; weight: 400 | 600 | 700 | 800; style: 'normal' }[] | undefined;
/** satori's fonts, one array per process: satori keeps the fonts it parsed for the array it was given. */
const fonts = () =>
  (fontList ??= WEIGHTS.map((w) => ({
    name: FONT_FAMILY,
    data: fontBuffer(w),
    weight: weightNumber[w],
    style: 'normal',
  })));

/** A fitted text as one block of unbreakable lines. */
function fitted(
  text: string,
  weight: Weight,
  box: { width: number; maxLines: number; maxSize: number; minSize: number; maxHeight?: number; lineHeight?: number },
  style: Record<string, unknown>,
) {
  const fit = fitText(text, { ...box, maxWidth: box.width }, measureFor(weight));
  return el(
    'div',
    {
      flexDirection: 'column',
      fontWeight: weightNumber[weight],
      fontSize: fit.size,
      lineHeight: `${fit.leading}px`,
      ...style,
    },
    fit.lines.map((line) => el('div', { whiteSpace: 'nowrap' }, line)),
  );
}

function brandBar(brand: Brand, height: number, pad: number) {
  const emblem = `data:image/svg+xml;base64,${Buffer.from(emblemSvg(64, color.white, color.alert)).toString('base64')}`;
  return el(
    'div',
    { height, backgroundColor: color.brand, alignItems: 'center', padding: `0 ${pad}px`, color: color.white },
    [
      el('img', { width: height * 0.62, height: height * 0.62 }, undefined, {
        src: emblem,
        width: height * 0.62,
        height: height * 0.62,
      }),
      el('div', { flexDirection: 'column', marginLeft: 20 }, [
        fitted(
          upper(brand.communeName),
          'black',
          { width: 760, maxLines: 1, maxSize: height * 0.3, minSize: 16 },
          { letterSpacing: 1 },
        ),
        fitted(
          posterText.programmeLine + (brand.province ? ` · ${capitalize(brand.province)}` : ''),
          'semibold',
          { width: 760, maxLines: 1, maxSize: height * 0.2, minSize: 12 },
          { color: '#d6e2ff' },
        ),
      ]),
    ],
  );
}

function kickerPill(text: string, size: number) {
  return el(
    'div',
    {
      alignSelf: 'flex-start',
      backgroundColor: color.alert,
      color: color.white,
      fontWeight: 800,
      fontSize: size,
      padding: `${size * 0.3}px ${size * 0.7}px`,
      borderRadius: 8,
      letterSpacing: 1,
    },
    upper(text),
  );
}

/** "Đường dây nóng: 0225 3888 101", with "(số minh họa)" when the number is not confirmed. */
const hotlineLine = (brand: Brand) =>
  `${posterText.hotlineShort}: ${brand.phone}${brand.phoneIsExample ? ` (${posterText.board.example})` : ''}`;

/** Hotline on the left, the site's address on the right, each kept to one line. */
function footer(brand: Brand, width: number, pad: number, size: number, left?: string) {
  const inner = width - 2 * pad - 24;
  return el(
    'div',
    {
      height: size * 3,
      borderTop: `6px solid ${color.alert}`,
      alignItems: 'center',
      justifyContent: 'space-between',
      padding: `0 ${pad}px`,
      backgroundColor: color.paper,
    },
    [
      fitted(
        left ?? hotlineLine(brand),
        'black',
        { width: inner * 0.62, maxLines: 1, maxSize: size, minSize: size * 0.6 },
        { color: color.alert },
      ),
      fitted(
        brand.host,
        'semibold',
        { width: inner * 0.38, maxLines: 1, maxSize: size, minSize: size * 0.5 },
        { color: color.muted },
      ),
    ],
  );
}

/** The SVG satori draws for an element tree: its text is set as paths, so the SVG needs no font to be drawn. */
function toSvg(root: El, width: number, height: number): Promise<string> {
  return satori(root as never, { width, height, fonts: fonts() });
}

/** PNG bytes of a screen image's SVG: 72 dpi, and resvg loads no font (see toSvg). */
const toPng = async (svg: Promise<string>) => svgToPng(await svg, { print: false, dpi: 72 });

/** The 1200×630 share image of a page: kicker, title, the unit, the emblem and the hotline. */
export const shareImage = (data: ShareData): Promise<Buffer> => toPng(shareSvg(data));

/** The 1080×1080 square card of an article, for Zalo and Facebook posts. */
export const squareImage = (data: SquareData): Promise<Buffer> => toPng(squareSvg(data));

/** The SVG of a page's share image. */
export function shareSvg(data: ShareData): Promise<string> {
  const W = 1200;
  const H = 630;
  const pad = 60;
  // The unit gets its own line only when the title does not already name it.
  const lower = (text: string) => clean(text).toLocaleLowerCase('vi');
  const unitName = data.unitName && !lower(data.title).includes(lower(data.unitName)) ? data.unitName : undefined;
  const body = el('div', { flex: 1, flexDirection: 'column', padding: `36px ${pad}px 0`, color: color.ink }, [
    kickerPill(data.kicker, 24),
    el('div', { marginTop: 22, flexDirection: 'column' }, [
      fitted(
        clean(data.title),
        'black',
        {
          width: W - 2 * pad,
          maxLines: 4,
          maxSize: 66,
          minSize: 40,
          maxHeight: unitName ? 250 : 290,
          lineHeight: 1.16,
        },
        {},
      ),
      ...(unitName
        ? [
            fitted(
              capitalize(unitName),
              'bold',
              { width: W - 2 * pad, maxLines: 1, maxSize: 32, minSize: 22 },
              { color: color.brand, marginTop: 10 },
            ),
          ]
        : []),
    ]),
  ]);
  return toSvg(
    el('div', { width: W, height: H, flexDirection: 'column', backgroundColor: color.white, fontFamily: FONT_FAMILY }, [
      brandBar(data.brand, 116, pad),
      body,
      footer(data.brand, W, pad, 28),
    ]),
    W,
    H,
  );
}

/** The SVG of an article's square card. */
export function squareSvg(data: SquareData): Promise<string> {
  const S = 1080;
  const pad = 64;
  const body = el('div', { flex: 1, flexDirection: 'column', padding: `48px ${pad}px 0`, color: color.ink }, [
    kickerPill(data.kicker, 28),
    el('div', { marginTop: 28, flexDirection: 'column' }, [
      fitted(
        clean(data.title),
        'black',
        { width: S - 2 * pad, maxLines: 5, maxSize: 80, minSize: 48, maxHeight: 430, lineHeight: 1.14 },
        {},
      ),
    ]),
    el('div', { marginTop: 28, width: 120, height: 8, backgroundColor: color.alert }),
    el('div', { marginTop: 28, flexDirection: 'column' }, [
      fitted(
        clean(data.summary),
        'regular',
        { width: S - 2 * pad, maxLines: 6, maxSize: 36, minSize: 26, maxHeight: 250, lineHeight: 1.35 },
        { color: color.muted },
      ),
    ]),
  ]);
  return toSvg(
    el('div', { width: S, height: S, flexDirection: 'column', backgroundColor: color.white, fontFamily: FONT_FAMILY }, [
      brandBar(data.brand, 150, pad),
      body,
      footer(data.brand, S, pad, 30, `${data.date} · ${hotlineLine(data.brand)}`),
    ]),
    S,
    S,
  );
}
