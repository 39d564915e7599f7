/**
 * The glob loader, with front matter read by the YAML 1.2 core schema instead of Astro's YAML 1.1 parser.
 * YAML 1.1 turns `2026-13-45` into a real date (14 Feb 2027) and `no` into false, so a typo would publish
 * silently; here every value reaches the schema as written and the field builders judge it.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, globSync } from 'node:fs';
import { join, matchesGlob, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strictLogger } from '../safety/strict-logger';
import { contentFilesUnder, precheckFiles } from '../safety/content-precheck';
import { contentDir } from '../utils/content-dir';
import { folderHasFiles } from './has-files';
import { readData } from './read';
import { entryError, fieldProblems, type EntryError } from './entry-report';
import { clearError, recordError } from './dev-errors';
import { findingsIn, type CheckFindings, type EntryCheck } from './entry-checks';
import { duplicateIds } from './entry-id';
import { followRenames } from './follow-renames';
import { checkMdxSyntax } from './mdx-check';
import type { Field } from './fields';
import type { z } from 'astro/zod';

type GlobOptions = Parameters<typeof glob>[0];

/** The strict front-matter reader, shared with every reader outside Astro (read.ts). */
export { readData };

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
 * The report of one file: the gates' findings and every wrong field, validated with the collection's own schema.
 * Run only when something failed, so a good build validates each entry once (in Astro's parseData).
 */
export async function entryReport(
  file: string,
  gates: readonly CheckFindings[],
  model: CollectionModel | undefined,
): Promise<EntryError | undefined> {
  const root = contentDir();
  let problems: ReturnType<typeof fieldProblems> = [];
  if (model && /\.(mdx|ya?ml)$/.test(file)) {
    const data = readData(file);
    const result = await model.schema.safeParseAsync(data);
    if (!result.success) problems = fieldProblems(model.fields, data, result.error.issues);
  }
  if (gates.length === 0 && problems.length === 0) return undefined;
  return entryError(relative(root, file) || file, root, gates, problems);
}

/** The gates' findings in a collection, each file reported with its wrong fields (the gates' own reports when no field is wrong). */
async function collectionReports(found: readonly CheckFindings[], model: CollectionModel | undefined) {
  const reports: { file: string; report: EntryError; fieldsWrong: boolean }[] = [];
  for (const file of new Set(found.flatMap((f) => f.found.map((p) => p.file)))) {
    const gates = findingsIn(found, file);
    const report = await entryReport(file, gates, model);
    const gateItems = gates.reduce((n, { check, found }) => n + check.items(found).length, 0);
    if (report) reports.push({ file, report, fieldsWrong: report.items.length > gateItems });
  }
  return reports;
}

/** The loader's logger without the "No files found" warning, which reads like an error to editors. */
function quietWhenEmpty(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const quiet = Object.create(logger) as LoaderContext['logger'];
  quiet.warn = (message: string) => {
    if (!message.startsWith('No files found matching')) logger.warn(message);
  };
  return quiet;
}

/**
 * Forgets the entries the store recorded from files outside `base`. Astro's loader keeps an entry whose text is
 * unchanged together with its old file path, so a store written while another content folder was built or
 * previewed (a build cache, or the preview's own store in .astro/) would render that folder's file for it, and stop
 * with "multiple entries with the same slug" once it changed. Forgotten, the entry is read again from `base`.
 */
function forgetEntriesOutside(store: LoaderContext['store'], base: string, projectRoot: string): void {
  const inside = resolve(base) + sep;
  for (const [id, entry] of store.entries()) {
    if (entry.filePath && !resolve(projectRoot, entry.filePath).startsWith(inside)) store.delete(id);
  }
}

/** Watchers that already forget the errors of deleted files. */
const watching = new WeakSet<object>();

/** The collections whose saved files each watcher already reads (see strictGlob). */
const readOnSave = new WeakMap<object, Set<string>>();

/** The report of a file that failed without a field report (unreadable YAML, a failed check): its message. */
function messageReport(file: string, error: unknown): EntryError {
  const shown = relative(contentDir(), file) || file;
  return { file: shown, items: [], fixes: [], text: error instanceof Error ? error.message : String(error) };
}

/**
 * The glob loader, strict: front matter read as YAML 1.2, files it would skip with only a log line fail the
 * build (see strictLogger), and every file passes the gates it is given (`checks`: the privacy guard, wired in
 * src/content.config.ts) before it is published. A file's findings and wrong fields (named by their CMS labels,
 * see entry-report.ts) stop the build in one report; in `astro dev` they are recorded per file (dev-errors.ts)
 * for the preview's error page instead.
 */
export function strictGlob(options: GlobOptions, model?: CollectionModel, checks: readonly EntryCheck[] = []): Loader {
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
      const base = options.base
        ? typeof options.base === 'string'
          ? options.base
          : fileURLToPath(options.base)
        : undefined;
      for (const file of recorded) clearError(file);
      recorded.clear();
      if (context.watcher && !watching.has(context.watcher)) {
        watching.add(context.watcher);
        context.watcher.on('unlink', (path: string) => clearError(path));
      }
      // In `astro dev`, a saved file that no longer reads as YAML never reaches parseData: Astro's loader logs its
      // own English error and keeps the old entry, and the preview would go on showing it. Each saved file of the
      // collection is read here too (before Astro's loader parses it), and one that fails shows on the preview's
      // error page. One that reads has its recorded error cleared: restored to the text of its stored entry, it is
      // not parsed again (that entry passed); with another text, parseData records whatever is still wrong.
      if (context.watcher && base && typeof options.pattern === 'string') {
        const collections = readOnSave.get(context.watcher) ?? new Set<string>();
        readOnSave.set(context.watcher, collections);
        if (!collections.has(context.collection)) {
          collections.add(context.collection);
          const inside = resolve(base) + sep;
          const pattern = options.pattern;
          const readSaved = (path: string) => {
            if (!path.startsWith(inside) || !matchesGlob(relative(inside, path).split(sep).join('/'), pattern)) return;
            try {
              readData(path);
            } catch (error) {
              record(path, messageReport(path, error));
              return;
            }
            if (recorded.delete(path)) clearError(path);
          };
          context.watcher.on('change', readSaved);
          context.watcher.on('add', readSaved);
        }
      }
      // A type with no file yet (a new commune's folder) is an empty collection, not a warning: Astro's loader
      // would print "base directory does not exist" / "No files found", which read like errors to editors.
      const empty = !hasFiles(options);
      if (empty) context.store.clear();
      // In `astro dev` an existing empty folder is still loaded (and so watched): its first file shows without a restart.
      if (empty && (!dev || !base || !existsSync(base))) return;
      if (base) forgetEntriesOutside(context.store, base, fileURLToPath(context.config.root));
      // Before any parser reads a body: names, nesting depth and links of every file (src/safety/content-precheck.ts).
      if (base) precheckFiles(contentFilesUnder(base));
      if (base && typeof options.pattern === 'string') {
        const pattern = options.pattern;
        const found = checks
          .map((check) => ({ check, found: check.collection(base, pattern) }))
          .filter((f) => f.found.length > 0);
        if (found.length > 0) {
          const reports = await collectionReports(found, model);
          if (dev) for (const { file, report } of reports) record(file, report);
          else if (!reports.some((r) => r.fieldsWrong))
            throw new Error(found.map(({ check, found }) => check.report(found, contentDir())).join('\n\n'));
          else throw new Error(reports.map(({ report }) => report.text).join('\n\n'));
        }
      }
      const generateId = options.generateId;
      if (base && typeof options.pattern === 'string' && generateId) {
        const idOf = (entry: string) =>
          String(generateId({ entry, base: pathToFileURL(base.endsWith(sep) ? base : base + sep), data: {} }));
        // Two current files with one id stop the build: one pass over the folder as it is now, no registry that
        // would outlive a rename in `astro dev`.
        const root = contentDir();
        const current = globSync(options.pattern, { cwd: base }).map((f) => f.split(sep).join('/'));
        const duplicates = duplicateIds(
          context.collection,
          current.map((entry) => ({ id: idOf(entry), file: relative(root, join(base, entry)) })),
        );
        if (duplicates.length > 0) throw new Error(duplicates.join('\n'));
        if (context.watcher) {
          const projectRoot = fileURLToPath(context.config.root);
          followRenames(context.watcher, {
            collection: context.collection,
            base,
            pattern: options.pattern,
            idOf,
            storedFile: (id) => {
              const stored = context.store.get(id)?.filePath;
              return stored === undefined ? undefined : join(projectRoot, stored);
            },
            forget: (id) => context.store.delete(id),
          });
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
            if (failed.delete(entry.id)) return (context.store.delete(entry.id), false);
            return context.store.set({ ...entry, ...(entry.body ? { body: entry.body.normalize('NFC') } : {}) });
          },
        },
        logger: dev ? (empty ? quietWhenEmpty(context.logger) : context.logger) : strictLogger(context.logger),
        parseData: async (props) => {
          const file = props.filePath;
          if (!file) return context.parseData(props);
          try {
            precheckFiles([file]);
            const data = readData(file);
            const gates = checks.map((check) => ({ check, found: check.file(file) })).filter((f) => f.found.length > 0);
            let parsed: typeof props.data | undefined;
            let failure: unknown;
            try {
              parsed = await context.parseData({ ...props, data: data as typeof props.data });
            } catch (error) {
              failure = error;
            }
            if (gates.length > 0 || failure !== undefined) {
              const report = await entryReport(file, gates, model);
              if (report) throw new EntryFailed(report);
              throw failure;
            }
            if (dev && file.endsWith('.mdx')) checkMdxSyntax(file);
            if (dev) clearError(file);
            return parsed!;
          } catch (error) {
            if (!dev && !(error instanceof EntryFailed)) throw error;
            const report = error instanceof EntryFailed ? error.report : messageReport(file, error);
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
