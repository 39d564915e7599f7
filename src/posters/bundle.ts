/**
 * ZIPs of generated files (a school level's lessons, src/posters/lesson-files.ts), made after their parts. Each is
 * cached under a hash of its parts' bytes, their names and the contents list, so it is rebuilt only when one of them
 * changes; entries carry a fixed date and a fixed compression level, so the same parts always give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { lessonFilesText } from '../i18n/lesson-files.ts';
import { posterText } from '../i18n/posters.ts';
import type { BundleJob } from './jobs.ts';

/** The date of every entry (MS-DOS dates start in 1980). */
export const BUNDLE_DATE = new Date(Date.UTC(2000, 0, 1));

/** The ZIP bytes: the contents list first, then the parts in order; already-compressed .pptx files are stored. */
export function zipBundle(contents: BundleJob['contents'], parts: { name: string; bytes: Uint8Array }[]): Buffer {
  const entries: Zippable = {
    [contents.name]: [new Uint8Array(Buffer.from(contents.text, 'utf8')), { mtime: BUNDLE_DATE, level: 6 }],
  };
  for (const part of parts)
    entries[part.name] = [part.bytes, { mtime: BUNDLE_DATE, level: part.name.endsWith('.pptx') ? 0 : 6 }];
  return Buffer.from(zipSync(entries));
}

/** The cache key of a ZIP: the code's hash, the contents list, and each part's name and bytes. */
export function bundleKey(job: BundleJob, parts: { name: string; bytes: Uint8Array }[], template: string): string {
  const hash = createHash('sha256')
    .update(template)
    .update('bundle')
    .update(job.contents.name)
    .update(job.contents.text);
  for (const part of parts) hash.update(part.name).update(createHash('sha256').update(part.bytes).digest('hex'));
  return hash.digest('hex');
}

export interface BundleResult {
  rendered: string[];
  cached: string[];
  /** Cache entry names in use. */
  entries: string[];
}

/** Makes every ZIP from the parts already in `outDir`: copied from the cache when its key is there, else zipped and stored. */
export async function makeBundles(
  jobs: readonly BundleJob[],
  options: { outDir: string; cacheDir: string; templateHash: string },
): Promise<BundleResult> {
  const result: BundleResult = { rendered: [], cached: [], entries: [] };
  const now = new Date();
  for (const job of jobs) {
    const parts = await Promise.all(
      job.parts.map(async (p) => {
        const bytes = await readFile(join(options.outDir, p.from)).catch(() => {
          throw new Error(posterText.errors.renderFailed(job.file, job.page, lessonFilesText.missingPart(p.from)));
        });
        return { name: p.name, bytes: new Uint8Array(bytes) };
      }),
    );
    const name = `${bundleKey(job, parts, options.templateHash)}.zip`;
    const entry = join(options.cacheDir, name);
    const target = join(options.outDir, job.file);
    await mkdir(dirname(target), { recursive: true });
    result.entries.push(name);
    if (
      await stat(entry).then(
        (s) => s.isFile(),
        () => false,
      )
    ) {
      await copyFile(entry, target);
      await utimes(entry, now, now);
      result.cached.push(job.file);
      continue;
    }
    const bytes = zipBundle(job.contents, parts);
    await writeFile(`${entry}.tmp`, bytes);
    await rename(`${entry}.tmp`, entry);
    await writeFile(target, bytes);
    result.rendered.push(job.file);
  }
  return result;
}
