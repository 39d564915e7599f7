/** Whether a content type has any file yet: a new commune starts with most folders empty or missing. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypes, settingsFiles } from './registry';
import { contentDir } from '../utils/content-dir';

/** Whether `dir` holds a file matching a loader pattern: `**\/*.mdx`, `**\/*.{yaml,yml}` or one file name. */
export function folderHasFiles(dir: string, pattern: string): boolean {
  if (!existsSync(dir)) return false;
  if (!pattern.includes('*')) return existsSync(join(dir, pattern));
  // "**/*.mdx" → [".mdx"]; "**/*.{yaml,yml}" → [".yaml", ".yml"].
  const extensions = pattern.slice(pattern.lastIndexOf('.') + 1).replace(/[{}]/g, '').split(',').map((e) => `.${e}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) => extensions.some((ext) => file.endsWith(ext)));
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
