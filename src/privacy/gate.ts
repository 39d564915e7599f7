/**
 * Where the privacy guard meets the content loader: before a collection loads, every file in it is read (a file
 * that cannot be read or is not UTF-8 stops the build: see safety/content-files.ts) and scanned
 * (so a file the content cache would skip is still checked against today's hotline boards), and each file
 * the loader parses later (a save in `astro dev`) is scanned again unless its text is unchanged. Uploaded
 * documents no content file links to are scanned too: the build publishes the whole media folder.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readData, settingsPath, typeFiles } from '../content-model/read';
import { contentDir, mediaDir } from '../utils/content-dir';
import { checkAttachment, checkFile, formatProblems, mediaLinks, readPublicData, type PrivacyProblem } from './guard';
import { attachmentsKey, cleanScans, publicDataKey } from './clean-scans';
import { hotlines, site, units } from '../content-model/registry';
import type { PublicData } from './scan';
import { isDocument } from './attachments';
import { readContentFile } from '../safety/content-files';
import { safeDecodeURIComponent } from '../utils/safe-decode';

const scanned = new Map<string, string>();
let mediaScanned = '';

function fail(problems: PrivacyProblem[]): void {
  if (problems.length > 0) throw new Error(formatProblems(problems, contentDir()));
}

/**
 * The key of what is public by design (guard.ts readPublicData): the files it comes from, as bytes (an unreadable
 * one is the loader's to report), and that data itself, parsed only when a file must be scanned and those files
 * changed since the record was kept.
 */
function publicData(): { key: string; data: () => PublicData } {
  const root = contentDir();
  const files = [...typeFiles(root, hotlines), ...typeFiles(root, units), settingsPath(root, site)]
    .filter((file) => existsSync(file))
    .map((file) => ({ file, bytes: readFileSync(file) }));
  const key = publicDataKey(files);
  return { key, data: () => cleanScans().publicData(key, () => readPublicData(root)) };
}

function problemsOf(files: string[]): PrivacyProblem[] {
  // The boards and units are read only when a file needs scanning: the loader re-checks every file it parses,
  // and reading them per file would make a build cost files × villages.
  let pub: ReturnType<typeof publicData> | undefined;
  const record = cleanScans();
  return files.flatMap((file) => {
    const raw = readContentFile(file);
    if (scanned.get(file) === raw) return [];
    pub ??= publicData();
    const media = mediaDir();
    // A file found clean by an earlier build, with the same text, public files, linked documents and code, is clean.
    const inputs = {
      file,
      raw,
      publicKey: pub.key,
      attachmentsKey: attachmentsKey(mediaLinks(raw.normalize('NFC')), media),
    };
    if (record.has(inputs)) {
      scanned.set(file, raw);
      return [];
    }
    const found = checkFile(file, raw, readData(file), pub.data(), media);
    if (found.length === 0) {
      scanned.set(file, raw);
      record.add(inputs);
    }
    return found;
  });
}

let linkedCache: { signature: string; linked: Set<string> } | undefined;

/**
 * The media paths content files link to. Every collection asks (a build loads a dozen): the files are read again
 * only when one was added, removed or changed (by size and time), not once per collection.
 */
function linkedMedia(root: string): Set<string> {
  const files = globSync('**/*.{mdx,yaml,yml}', { cwd: root }).sort();
  const signature = files
    .map((f) => {
      const stat = statSync(join(root, f));
      return `${f}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
  if (linkedCache?.signature !== signature)
    linkedCache = {
      signature,
      linked: new Set(
        files.flatMap((f) => mediaLinks(readContentFile(join(root, f))).map((l) => safeDecodeURIComponent(l) ?? l)),
      ),
    };
  return linkedCache.linked;
}

/** Scans uploaded documents that no content file links to (each linked one is scanned with its page). */
function unlinkedMediaProblems(): PrivacyProblem[] {
  const media = mediaDir();
  if (!existsSync(media)) return [];
  const documents = globSync('**/*', { cwd: media }).filter((f) => isDocument(f) && statSync(join(media, f)).isFile());
  if (documents.length === 0) return [];
  const root = contentDir();
  const linked = linkedMedia(root);
  const unlinked = documents.map((f) => `/media/${f.split('\\').join('/')}`).filter((path) => !linked.has(path));
  const signature = unlinked
    .map((path) => `${path}:${statSync(join(media, path.slice('/media/'.length))).mtimeMs}`)
    .join('|');
  if (signature === mediaScanned) return [];
  const pub = readPublicData(root);
  const found = unlinked.flatMap((path) =>
    checkAttachment(join(media, path.slice('/media/'.length)), path, media, pub, []),
  );
  if (found.length === 0) mediaScanned = signature;
  return found;
}

/** What the privacy guard finds in every file of a collection (glob pattern under base) and in unlinked uploads. */
export function collectionProblems(base: string | URL, pattern: string): PrivacyProblem[] {
  const dir = typeof base === 'string' ? base : fileURLToPath(base);
  const files = problemsOf(globSync(pattern, { cwd: dir }).map((f) => join(dir, f)));
  cleanScans().save();
  // Unlinked uploads are scanned (and reported) only once the collection's own files are clean, as before.
  return files.length > 0 ? files : unlinkedMediaProblems();
}

/** Scans every file of a collection (glob pattern under base) and unlinked uploads; throws one report. */
export function checkCollection(base: string | URL, pattern: string): void {
  fail(collectionProblems(base, pattern));
}

/** What the privacy guard finds in one content file (nothing when it was scanned clean with the same text). */
export function entryFileProblems(file: string): PrivacyProblem[] {
  return problemsOf([file]);
}

/** Scans one content file unless it was scanned clean with the same text; throws the report. */
export function checkEntryFile(file: string): void {
  fail(entryFileProblems(file));
}
