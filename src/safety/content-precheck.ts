/**
 * Checks every content file gets before any parser reads it, all linear in the file's size: the file name gives
 * a usable address, lists, quotes and components nest no deeper than a parser survives (src/safety/nesting.ts),
 * and no link holds a malformed percent escape. Every problem of every file is reported at once, in Vietnamese,
 * with the file (relative to the content folder), the line and the fix.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { precheckText } from '../i18n/safety';
import { contentDir } from '../utils/content-dir';
import { hasMalformedEscape } from '../utils/safe-decode';
import { fileNameSlug } from './file-name-slug';
import { readContentFile } from './content-files';
import { MAX_NESTING, nestingProblems } from './nesting';

const CONTENT_FILE = /\.(mdx|ya?ml)$/;
/** Markdown link and image destinations: `](target`. */
const LINK_TARGET = /\]\(\s*<?([^\s)>]+)/g;
/** Paths and web addresses written anywhere (front matter, component props, autolinks) that hold a `%`. */
const PATH_WITH_PERCENT = /(?<![^\s("'<=:[])(?:https?:\/\/|\/)[^\s"'<>()[\]]*%[^\s"'<>()[\]]*/g;

/** Every content file under dir, hidden ones (`.mdx`) included: the glob loader would skip those silently. */
export function contentFilesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && CONTENT_FILE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Links of a text whose percent escapes do not decode, with their lines. */
export function malformedLinks(text: string): { line: number; ref: string }[] {
  const found = new Map<number, { line: number; ref: string }>();
  for (const pattern of [LINK_TARGET, PATH_WITH_PERCENT])
    for (const match of text.matchAll(pattern)) {
      const ref = match[1] ?? match[0];
      const at = match.index + match[0].length - ref.length;
      if (!found.has(at) && hasMalformedEscape(ref)) found.set(at, { line: 0, ref });
    }
  // Lines counted once, in order of position: linear in the text.
  const positions = [...found.keys()].sort((a, b) => a - b);
  let line = 1;
  let from = 0;
  for (const at of positions) {
    for (let i = from; i < at; i++) if (text.charCodeAt(i) === 10) line++;
    from = at;
    found.get(at)!.line = line;
  }
  return positions.map((at) => found.get(at)!);
}

/** The problems of one content file (its text as read), each a Vietnamese line naming the file. */
export function precheckProblems(file: string, text: string, shown = file): string[] {
  const problems: string[] = [];
  const name = fileNameSlug(file);
  if (!name.ok) problems.push(precheckText.badFileName(shown, name.slug));
  for (const p of nestingProblems(text))
    problems.push(precheckText.nesting(shown, p.line, precheckText.nestingKinds[p.kind]!, p.depth, MAX_NESTING));
  for (const { line, ref } of malformedLinks(text)) problems.push(precheckText.malformedLink(shown, line, ref));
  return problems;
}

/** Checks the files; throws one report of every problem found. */
export function precheckFiles(files: string[]): void {
  const root = contentDir();
  const problems = files.flatMap((file) =>
    precheckProblems(file, readContentFile(file), relative(root, file).split(sep).join('/') || file),
  );
  if (problems.length > 0) throw new Error(`${precheckText.heading}\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
