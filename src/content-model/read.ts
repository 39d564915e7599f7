/**
 * Content read outside Astro's collections (privacy guard, editorial report, site address): the files the build's
 * loader finds (src/content.config.ts), the ids it gives them (entry-id.ts) and its strict front-matter reader, so
 * nothing outside the build sees a different set of files, other ids or other values than the pages do.
 */
import { existsSync, globSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { messages } from '../i18n/vi';
import { readContentFile } from '../safety/content-files';
import { contentDir } from '../utils/content-dir';
import { duplicateIds, entryId } from './entry-id';
import { typePattern } from './has-files';
import { yamlErrorMessage } from './yaml-error';
import type { ContentType, SettingsFile } from './types';

/** An MDX file's front matter, its YAML text captured. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Parsed front matter by its exact text. A build reads each file several times (the privacy guard, the loader, the
 * guard's list of public phones and places for every collection): each text is parsed once, and every caller gets
 * its own copy. Bounded, so a long `astro dev` session does not keep every version of every file.
 */
const parsedByText = new Map<string, Record<string, unknown>>();
const PARSED_TEXTS_KEPT = 50_000;

/**
 * The front matter (MDX) or whole document (YAML) of a content file, parsed by the YAML 1.2 core schema
 * (`2026-13-45` stays text, `no` stays "no") with duplicate keys refused; throws a Vietnamese message naming the file.
 */
export function readData(filePath: string): Record<string, unknown> {
  // One reader for every content file: UTF-8 checked, a byte-order mark removed (src/safety/content-files.ts).
  const raw = readContentFile(filePath);
  const shown = relative(contentDir(), filePath) || filePath;
  const isMdx = filePath.endsWith('.mdx');
  const source = isMdx ? FRONT_MATTER.exec(raw)?.[1] : raw;
  if (source === undefined) throw new Error(messages.frontMatterMissing(shown));
  const known = parsedByText.get(source);
  if (known) return structuredClone(known);
  let data: unknown;
  try {
    data = parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(yamlErrorMessage(shown, error, isMdx ? 2 : 1));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(messages.yamlBroken(shown, messages.yamlReasons.notFields));
  if (parsedByText.size >= PARSED_TEXTS_KEPT) parsedByText.clear();
  parsedByText.set(source, structuredClone(data as Record<string, unknown>));
  return data as Record<string, unknown>;
}

/** The data of a content file, or undefined when it cannot be read: for readers the loader's own report covers. */
export function readDataIfValid(filePath: string): Record<string, unknown> | undefined {
  try {
    return readData(filePath);
  } catch {
    return undefined;
  }
}

/** A content type's files as the build's loader finds them (its glob pattern, hidden files skipped), relative to its folder in `/` form, sorted. */
export function typeEntries(root: string, type: Pick<ContentType, 'folder' | 'format'>): string[] {
  const dir = join(root, type.folder);
  if (!existsSync(dir)) return [];
  return globSync(typePattern(type.format), { cwd: dir })
    .map((entry) => entry.split(sep).join('/'))
    .sort();
}

/** The full paths of a content type's files (see typeEntries). */
export function typeFiles(root: string, type: Pick<ContentType, 'folder' | 'format'>): string[] {
  return typeEntries(root, type).map((entry) => join(root, type.folder, entry));
}

/** One file of a content type read outside Astro: the build's entry id, the file and its strictly read data. */
export interface ReadEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/**
 * Every entry of a content type under root, with the ids the build gives them (src/content.config.ts); two files
 * with one id stop the reader with the build's own message, as they stop the build.
 */
export function readEntries(root: string, type: Pick<ContentType, 'name' | 'folder' | 'format'>): ReadEntry[] {
  const named = typeEntries(root, type).map((entry) => ({
    id: entryId(type.name, join(type.folder, entry)),
    file: join(type.folder, entry),
  }));
  const duplicates = duplicateIds(type.name, named);
  if (duplicates.length > 0) throw new Error(duplicates.join('\n'));
  return named.map(({ id, file }) => ({ id, file: join(root, file), data: readData(join(root, file)) }));
}

/** The full path of a settings file under root, whether or not it exists. */
export function settingsPath(root: string, settings: Pick<SettingsFile, 'file'>): string {
  return join(root, ...settings.file.split('/'));
}
