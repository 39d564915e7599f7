/** Renders one job to the bytes of its file: print templates through the display list, screen images through satori. */
import type { PrintDoc } from './draw/doc.ts';
import { writePdf } from './draw/pdf.ts';
import { writePng } from './draw/png.ts';
import { writePptx } from './draw/pptx.ts';
import type { PosterJob } from './jobs.ts';
import { bannerDoc } from './templates/banner.ts';
import { boardDoc } from './templates/board.ts';
import { formDoc } from './templates/form.ts';
import { handoutDoc } from './templates/handout.ts';
import { posterDoc } from './templates/poster.ts';
import { answerKeyDoc, worksheetDoc } from './templates/quiz-sheet.ts';
import { shareImage, squareImage } from './templates/share.ts';
import { slidesDeck } from './templates/slides.ts';
import { stickersDoc } from './templates/stickers.ts';

/** Pixel size of the PNG twin of a print template: the board prints at 300 dpi; the 4 m banner gets 5000 px (≈ 32 dpi, enough for cloth seen from afar). */
const PNG_SIZE = { board: { dpi: 300 }, banner: { width: 5000 } } as const;

/** The display list of a print template's job (its PDF and its PNG twin draw it). */
export function printDoc(job: PosterJob): PrintDoc {
  switch (job.template) {
    case 'board':
      return boardDoc(job.data);
    case 'stickers':
      return stickersDoc(job.data);
    case 'poster':
      return posterDoc(job.data);
    case 'banner':
      return bannerDoc(job.data);
    case 'handout':
      return handoutDoc(job.data);
    case 'form':
      return formDoc(job.data);
    case 'worksheet':
      return worksheetDoc(job.data);
    case 'answerKey':
      return answerKeyDoc(job.data);
    default:
      throw new Error(`template ${job.template} is not a print template`);
  }
}

/** The bytes of a job's output file. */
export async function renderJob(job: PosterJob): Promise<Buffer> {
  if (job.template === 'share') return shareImage(job.data);
  if (job.template === 'square') return squareImage(job.data);
  if (job.template === 'slides') return writePptx(slidesDeck(job.data));
  const doc = printDoc(job);
  if (job.format === 'pdf') return writePdf(doc);
  const size = job.template === 'board' || job.template === 'banner' ? PNG_SIZE[job.template] : { dpi: 150 };
  return writePng(doc.pages[0]!, size);
}
