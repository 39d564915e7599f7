/**
 * The glob loader, with front matter read by the YAML 1.2 core schema instead of Astro's YAML 1.1 parser.
 * YAML 1.1 turns `2026-13-45` into a real date (14 Feb 2027) and `no` into false, so a typo would publish
 * silently; here every value reaches the schema as written and the field builders judge it.
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { messages } from '../i18n/vi';
import { strictLogger } from '../safety/strict-logger';
import { checkCollection, checkEntryFile } from '../privacy/gate';
import { readContentFile } from '../safety/content-files';
import { contentFilesUnder, precheckFiles } from '../safety/content-precheck';
import { contentDir } from '../utils/content-dir';
import { folderHasFiles } from './has-files';

type GlobOptions = Parameters<typeof glob>[0];

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The front matter (MDX) or whole document (YAML) of a content file, parsed strictly. */
export function readData(filePath: string): Record<string, unknown> {
  // One reader for every content file: UTF-8 checked, a byte-order mark removed (src/safety/content-files.ts).
  const raw = readContentFile(filePath);
  const shown = relative(contentDir(), filePath) || filePath;
  const isMdx = filePath.endsWith('.mdx');
  const source = isMdx ? FRONT_MATTER.exec(raw)?.[1] : raw;
  if (source === undefined) throw new Error(messages.frontMatterMissing(shown));
  let data: unknown;
  try {
    data = parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(messages.yamlBroken(shown, (error as Error).message));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(messages.yamlBroken(shown, 'không phải một nhóm trường'));
  return data as Record<string, unknown>;
}

/** Whether the loader's base folder holds at least one file its pattern matches. */
function hasFiles(options: GlobOptions): boolean {
  if (!options.base || typeof options.pattern !== 'string') return true;
  return folderHasFiles(typeof options.base === 'string' ? options.base : fileURLToPath(options.base), options.pattern);
}

/**
 * The glob loader, strict: front matter read as YAML 1.2, files it would skip with only a log line fail the
 * build (see strictLogger), and every file passes the privacy guard (src/privacy) before it is published.
 */
export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      // A type with no file yet (a new commune's folder) is an empty collection, not a warning: Astro's loader
      // would print "base directory does not exist" / "No files found", which read like errors to editors.
      if (!hasFiles(options)) return context.store.clear();
      // Before any parser reads a body: names, nesting depth and links of every file (src/safety/content-precheck.ts).
      if (options.base) precheckFiles(contentFilesUnder(typeof options.base === 'string' ? options.base : fileURLToPath(options.base)));
      if (options.base && typeof options.pattern === 'string') checkCollection(options.base, options.pattern);
      return inner.load({
        ...context,
        // Stored bodies (read by the loudspeaker and share views) are NFC like the compiled ones (src/integrations/nfc-mdx.ts).
        store: { ...context.store, set: (entry) => context.store.set({ ...entry, ...(entry.body ? { body: entry.body.normalize('NFC') } : {}) }) },
        logger: context.watcher ? context.logger : strictLogger(context.logger),
        parseData: (props) => {
          if (props.filePath) precheckFiles([props.filePath]);
          if (props.filePath) checkEntryFile(props.filePath);
          return context.parseData({ ...props, data: (props.filePath ? readData(props.filePath) : props.data) as typeof props.data });
        },
      });
    },
  };
}
