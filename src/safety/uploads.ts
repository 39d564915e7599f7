/**
 * The build's upload check: every file under the content folder's media/ (recursively) must be an allowed type by
 * its extension and by its bytes (upload-verdict.ts). All problems of the folder come in one message, each naming
 * the file as `media/…` with its fix. Symbolic links are neither followed nor listed here: the content-tree check
 * refuses them before this runs, and the copy into the build skips them.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uploadExtensions } from './upload-types';
import { uploadProblem } from './upload-verdict';
import { uploadText } from '../i18n/safety';

/** The regular files under `dir`, as paths relative to it with "/" separators; symbolic links are left out. */
export function regularFiles(dir: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return regularFiles(dir, path);
      return entry.isFile() ? [path] : [];
    });
}

export interface MediaCheck {
  /** Files that may be published, relative to media/. */
  allowed: string[];
  /** One line per refused file, naming it as `media/…`. */
  problems: string[];
}

/** Checks every file of a media folder (a missing folder has nothing to check). */
export function checkMediaFolder(mediaDir: string): MediaCheck {
  const allowed: string[] = [];
  const problems: string[] = [];
  // Uploads are published under their NFC names (a Mac writes NFD): two names that differ only in form would
  // be one address.
  const published = new Map<string, string>();
  for (const path of regularFiles(mediaDir)) {
    const file = join(mediaDir, path);
    const same = published.get(path.normalize('NFC'));
    const problem =
      same !== undefined ? uploadText.sameName(`media/${path}`, `media/${same}`) : checkOne(`media/${path}`, file);
    published.set(path.normalize('NFC'), path);
    if (problem) problems.push(problem);
    else allowed.push(path);
  }
  return { allowed, problems };
}

/** The refusal for one file on disk, shown as `shown`; undefined when it may be published. */
export function checkMediaFile(shown: string, file: string): string | undefined {
  if (!lstatSync(file, { throwIfNoEntry: false })?.isFile()) return uploadText.unreadable(shown);
  return checkOne(shown, file);
}

function checkOne(shown: string, file: string): string | undefined {
  try {
    return uploadProblem(shown, () => readFileSync(file));
  } catch {
    return uploadText.unreadable(shown);
  }
}

/** The one message for all problems of the folder. */
export function formatMediaProblems(problems: string[]): string {
  return [uploadText.heading, ...problems.map((p) => `  - ${p}`), `  ${uploadText.allowed(uploadExtensions())}`].join(
    '\n',
  );
}

/** Throws the one Vietnamese message when any file of the media folder may not be published. */
export function assertMediaFolder(mediaDir: string): MediaCheck {
  const result = checkMediaFolder(mediaDir);
  if (result.problems.length > 0) throw new Error(formatMediaProblems(result.problems));
  return result;
}
