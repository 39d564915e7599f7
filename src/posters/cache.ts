/**
 * The render cache: an output is stored under the hash of everything that shapes it (the job's data, the
 * template and drawing code, the fonts, the renderers' versions), so a rebuild renders only what changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontsHash } from './fonts.ts';
import type { PosterJob } from './jobs.ts';

/** Code whose change changes what is drawn, relative to the project root. */
const CODE = [
  'src/posters/draw',
  'src/posters/templates',
  'src/posters/render.ts',
  'src/posters/text.ts',
  'src/posters/measure.ts',
  'src/posters/fonts.ts',
  'src/posters/bundle.ts',
  'src/i18n/posters.ts',
  'src/i18n/lesson-files.ts',
  'src/i18n/quiz.ts',
];
const RENDERERS = [
  'satori',
  '@resvg/resvg-js',
  'pdfkit',
  'fontkit',
  'sharp',
  'qrcode',
  '@expo-google-fonts/be-vietnam-pro',
  'pptxgenjs',
  'fflate',
];

function filesUnder(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => join(path, f));
}

/** A hash of the templates, the drawing code, the fonts and the renderers' versions. */
export function templateHash(root: string): string {
  const hash = createHash('sha256');
  for (const entry of CODE)
    for (const file of filesUnder(join(root, entry))) hash.update(file.slice(root.length)).update(readFileSync(file));
  for (const name of RENDERERS) {
    const { version } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${version}`);
  }
  hash.update(fontsHash());
  return hash.digest('hex');
}

/** The cache key of one job: its inputs and the template hash. */
export function jobKey(job: PosterJob, template: string): string {
  return createHash('sha256')
    .update(template)
    .update(JSON.stringify({ template: job.template, format: job.format, data: job.data }))
    .digest('hex');
}
