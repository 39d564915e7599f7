/**
 * Writes a deck as a .pptx with pptxgenjs, in Arial (on every Windows, Mac and Google Slides; LibreOffice uses its
 * metric twin Liberation Sans), language vi-VN. The package is then re-zipped with fixed dates so the same deck
 * always gives the same bytes (pptxgenjs stamps the current time into docProps/core.xml and every zip entry).
 */
import PptxGenJS from 'pptxgenjs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { clean } from '../text.ts';
import { LINE_PITCH, SLIDE, type Deck, type DeckParagraph } from './deck.ts';

/** The one typeface of the slides. */
export const SLIDE_FONT = 'Arial';

/** The date written into the package (a fixed one: the file's content, not the clock, decides its bytes). */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const inch = (pt: number) => pt / 72;
/** XML text: pptxgenjs escapes the other properties, not the company it writes into docProps/app.xml. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

function runOf(p: DeckParagraph, last: boolean): PptxGenJS.TextProps {
  return {
    text: clean(p.text),
    options: {
      fontFace: SLIDE_FONT,
      fontSize: p.size,
      color: hex(p.color),
      bold: p.bold ?? false,
      italic: p.italic ?? false,
      lang: 'vi-VN',
      align: p.align ?? 'left',
      lineSpacing: Math.round(p.size * LINE_PITCH * 10) / 10,
      paraSpaceBefore: p.spaceBefore ?? 0,
      paraSpaceAfter: 0,
      bullet: p.bulletIndent ? { indent: p.bulletIndent } : false,
      breakLine: !last,
    },
  };
}

/** The same package with fixed dates in its properties and zip entries, and speaker notes in paragraphs. */
function finish(bytes: Uint8Array): Buffer {
  const files = unzipSync(bytes);
  const stamp = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = Buffer.from(core)
      .toString('utf8')
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    files['docProps/core.xml'] = new Uint8Array(Buffer.from(xml, 'utf8'));
  }
  // Speaker notes: one paragraph per line, in Vietnamese (pptxgenjs writes them as one en-US run).
  for (const name of Object.keys(files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))) {
    const xml = Buffer.from(files[name]!)
      .toString('utf8')
      .replace(
        /<a:t>([^<]*\n[^<]*)<\/a:t>/g,
        (_, text: string) =>
          `<a:t>${text.split('\n').join(`</a:t></a:r></a:p><a:p><a:r><a:rPr lang="vi-VN" dirty="0"/><a:t>`)}</a:t>`,
      )
      .replace(/<a:rPr lang="en-US" dirty="0"\/>/g, '<a:rPr lang="vi-VN" dirty="0"/>');
    files[name] = new Uint8Array(Buffer.from(xml, 'utf8'));
  }
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime: FIXED_DATE, level: 6 }];
  return Buffer.from(zipSync(zippable));
}

/** The .pptx bytes of a deck. */
export async function writePptx(deck: Deck): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'WIDE_16x9', width: inch(SLIDE.width), height: inch(SLIDE.height) });
  pptx.layout = 'WIDE_16x9';
  pptx.title = clean(deck.title);
  pptx.subject = clean(deck.subject);
  pptx.author = clean(deck.author);
  pptx.company = xmlText(clean(deck.company));
  pptx.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.background = { color: hex(s.background) };
    for (const b of s.boxes) {
      slide.addShape(b.radius ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
        x: inch(b.x),
        y: inch(b.y),
        w: inch(b.w),
        h: inch(b.h),
        fill: { color: hex(b.fill) },
        line: { color: hex(b.fill), width: 0 },
        rectRadius: b.radius ? inch(b.radius) : undefined,
      });
    }
    for (const t of s.texts) {
      slide.addText(
        t.paragraphs.map((p, i) => runOf(p, i === t.paragraphs.length - 1)),
        {
          x: inch(t.x),
          y: inch(t.y),
          w: inch(t.w),
          h: inch(t.h),
          margin: [0, 0, 0, 0],
          valign: t.valign ?? 'top',
          fit: 'none',
          wrap: true,
          fontFace: SLIDE_FONT,
        },
      );
    }
    if (s.notes) slide.addNotes(s.notes.split('\n').map(clean).join('\n'));
  }
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return finish(bytes);
}
