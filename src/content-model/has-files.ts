/** Whether a content type has any file yet: a new commune starts with most folders empty or missing. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypes, settingsFiles } from './registry';
import { contentDir } from '../utils/content-dir';

/**
 * Pages ask on every render (through src/data/entries.ts): listing a folder of a thousand articles for each of
 * thousands of pages made rendering a third slower. The answer is kept until the folder itself changes (a file
 * added or removed at its top, or a sub-folder created or removed: its modification time).
 */
const known = new Map<string, { stamp: number; found: boolean }>();

/** Whether `dir` holds a file matching a loader pattern: `**\/*.mdx`, `**\/*.{yaml,yml}` or one file name. */
export function folderHasFiles(dir: string, pattern: string): boolean {
  const stamp = statSync(dir, { throwIfNoEntry: false })?.mtimeMs;
  if (stamp === undefined) return false;
  if (!pattern.includes('*')) return existsSync(join(dir, pattern));
  const key = `${dir}\0${pattern}`;
  const cached = known.get(key);
  if (cached?.stamp === stamp) return cached.found;
  const found = scan(dir, pattern);
  known.set(key, { stamp, found });
  return found;
}

function scan(dir: string, pattern: string): boolean {
  // "**/*.mdx" → [".mdx"]; "**/*.{yaml,yml}" → [".yaml", ".yml"].
  const extensions = pattern
    .slice(pattern.lastIndexOf('.') + 1)
    .replace(/[{}]/g, '')
    .split(',')
    .map((e) => `.${e}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) =>
    extensions.some((ext) => file.endsWith(ext)),
  );
}

/** The loader pattern of a content type's files. */
export function typePattern(format: 'mdx' | 'yaml'): string {
  return format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}';
}

/** Whether the collection `name` (a content type or a settings file) has a file in the content folder. */
export function collectionHasFiles(name: string, root = contentDir()): boolean {
  const type = contentTypes.find((t) => t.name === name);
  if (type) return folderHasFiles(join(root, type.folder), typePattern(type.format));
  const file = settingsFiles.find((f) => f.name === name);
  return file ? existsSync(join(root, file.file)) : false;
}
