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
import { collectionProblems, entryFileProblems } from '../privacy/gate';
import { formatProblems, type PrivacyProblem } from '../privacy/guard';
import { readContentFile } from '../safety/content-files';
import { contentFilesUnder, precheckFiles } from '../safety/content-precheck';
import { contentDir } from '../utils/content-dir';
import { folderHasFiles } from './has-files';
import { entryError, fieldProblems, type EntryError } from './entry-report';
import { clearError, recordError } from './dev-errors';
import type { Field } from './fields';
import type { z } from 'astro/zod';

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

/** The content model of a collection: its fields (for the labels of the report) and the schema Astro validates with. */
export interface CollectionModel {
  fields: readonly Field[];
  schema: z.ZodType;
}

/** An error that carries the whole report of one file. */
class EntryFailed extends Error {
  constructor(readonly report: EntryError) {
    super(report.text);
  }
}

/**
 * The report of one file: its privacy findings and every wrong field, validated with the collection's own schema.
 * Run only when something failed, so a good build validates each entry once (in Astro's parseData).
 */
export async function entryReport(file: string, privacy: readonly PrivacyProblem[], model: CollectionModel | undefined): Promise<EntryError | undefined> {
  const root = contentDir();
  let problems: ReturnType<typeof fieldProblems> = [];
  if (model && /\.(mdx|ya?ml)$/.test(file)) {
    const data = readData(file);
    const result = await model.schema.safeParseAsync(data);
    if (!result.success) problems = fieldProblems(model.fields, data, result.error.issues);
  }
  if (privacy.length === 0 && problems.length === 0) return undefined;
  return entryError(relative(root, file) || file, root, privacy, problems);
}

/** The privacy findings of a collection, each file reported with its wrong fields (the guard's own report when no field is wrong). */
async function collectionReports(found: readonly PrivacyProblem[], model: CollectionModel | undefined) {
  const reports: { file: string; report: EntryError; fieldsWrong: boolean }[] = [];
  for (const file of new Set(found.map((p) => p.file))) {
    const privacy = found.filter((p) => p.file === file);
    const report = await entryReport(file, privacy, model);
    if (report) reports.push({ file, report, fieldsWrong: report.items.length > privacy.length });
  }
  return reports;
}

/** Watchers that already forget the errors of deleted files. */
const watching = new WeakSet<object>();

/**
 * The glob loader, strict: front matter read as YAML 1.2, files it would skip with only a log line fail the
 * build (see strictLogger), and every file passes the privacy guard (src/privacy) before it is published. A file's
 * privacy findings and wrong fields (named by their CMS labels, see entry-report.ts) stop the build in one
 * report; in `astro dev` they are recorded per file (dev-errors.ts) for the preview's error page instead.
 */
export function strictGlob(options: GlobOptions, model?: CollectionModel): Loader {
  const inner = glob(options);
  // Files this collection recorded an error for in `astro dev` (two collections share settings/: each forgets only its own).
  const recorded = new Set<string>();
  const record = (file: string, report: EntryError) => {
    recorded.add(file);
    recordError(file, report);
  };
  return {
    ...inner,
    load: async (context) => {
      const dev = Boolean(context.watcher);
      const base = options.base ? (typeof options.base === 'string' ? options.base : fileURLToPath(options.base)) : undefined;
      for (const file of recorded) clearError(file);
      recorded.clear();
      if (context.watcher && !watching.has(context.watcher)) {
        watching.add(context.watcher);
        context.watcher.on('unlink', (path: string) => clearError(path));
      }
      // A type with no file yet (a new commune's folder) is an empty collection, not a warning: Astro's loader
      // would print "base directory does not exist" / "No files found", which read like errors to editors.
      if (!hasFiles(options)) return context.store.clear();
      // Before any parser reads a body: names, nesting depth and links of every file (src/safety/content-precheck.ts).
      if (base) precheckFiles(contentFilesUnder(base));
      if (base && typeof options.pattern === 'string') {
        const found = collectionProblems(base, options.pattern);
        if (found.length > 0) {
          const reports = await collectionReports(found, model);
          if (dev) for (const { file, report } of reports) record(file, report);
          else if (!reports.some((r) => r.fieldsWrong)) throw new Error(formatProblems(found, contentDir()));
          else throw new Error(reports.map(({ report }) => report.text).join('\n\n'));
        }
      }
      // Entries whose file failed in `astro dev`: left out of the store (their page shows the error page).
      const failed = new Set<string>();
      // In a build, the reports of every failing file of the collection, thrown together once all are read.
      const reports: string[] = [];
      await inner.load({
        ...context,
        // Stored bodies (read by the loudspeaker and share views) are NFC like the compiled ones (src/integrations/nfc-mdx.ts).
        store: {
          ...context.store,
          set: (entry) => {
            if (failed.delete(entry.id)) return context.store.delete(entry.id), false;
            return context.store.set({ ...entry, ...(entry.body ? { body: entry.body.normalize('NFC') } : {}) });
          },
        },
        logger: dev ? context.logger : strictLogger(context.logger),
        parseData: async (props) => {
          const file = props.filePath;
          if (!file) return context.parseData(props);
          try {
            precheckFiles([file]);
            const data = readData(file);
            const privacy = entryFileProblems(file);
            let parsed: typeof props.data | undefined;
            let failure: unknown;
            try {
              parsed = await context.parseData({ ...props, data: data as typeof props.data });
            } catch (error) {
              failure = error;
            }
            if (privacy.length > 0 || failure !== undefined) {
              const report = await entryReport(file, privacy, model);
              if (report) throw new EntryFailed(report);
              throw failure;
            }
            if (dev) clearError(file);
            return parsed!;
          } catch (error) {
            if (!dev && !(error instanceof EntryFailed)) throw error;
            const shown = relative(contentDir(), file) || file;
            const report = error instanceof EntryFailed ? error.report : { file: shown, items: [], fixes: [], text: error instanceof Error ? error.message : String(error) };
            if (dev) record(file, report);
            else reports.push(report.text);
            failed.add(props.id);
            return props.data;
          }
        },
      });
      if (reports.length > 0) throw new Error(reports.sort().join('\n\n'));
    },
  };
}
