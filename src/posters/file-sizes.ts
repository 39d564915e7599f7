/**
 * File sizes on pages: a page marks where a generated file's size goes with an empty
 * `<span data-file-size="/tai-ve/…" data-file-type="PDF">PDF</span>`; after the files are made (they are made after the pages), the build writes
 * each size into the pages that the job list names ("245 KB", "1,2 MB"). Plain HTML, no script.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lessonFilesText } from '../i18n/lesson-files.ts';
import { posterText } from '../i18n/posters.ts';

/** `<span data-file-size="/tai-ve/x.pdf" data-file-type="PDF">PDF</span>`: the type until the size is known. */
const MARK = /<span data-file-size="([^"]+)" data-file-type="([^"]+)">[^<]*<\/span>/g;

/** The page's HTML file in the output folder (pages are built as folders: /bai-giang/x/ → bai-giang/x/index.html). */
const htmlOf = (outDir: string, page: string) => join(outDir, page.endsWith('/') ? `${page}index.html` : page);

/** Writes the size of each marked file into the given pages; a marked file the build did not make stops the build. */
export async function fillFileSizes(outDir: string, pages: Iterable<string>): Promise<number> {
  let filled = 0;
  for (const page of new Set(pages)) {
    const file = htmlOf(outDir, page);
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html === undefined || !html.includes('data-file-size=')) continue;
    const sizes = new Map<string, number>();
    for (const [, path] of html.matchAll(MARK)) {
      const size = await stat(join(outDir, path!)).then(
        (s) => s.size,
        () => undefined,
      );
      if (size === undefined)
        throw new Error(posterText.errors.renderFailed(path!, page, lessonFilesText.missingPart(path!)));
      sizes.set(path!, size);
    }
    await writeFile(
      file,
      html.replace(
        MARK,
        (_, path: string, type: string) =>
          `<span data-file-size="${path}" data-file-type="${type}">${lessonFilesText.typeAndSize(type, sizes.get(path)!)}</span>`,
      ),
    );
    filled += sizes.size;
  }
  return filled;
}
