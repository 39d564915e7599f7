/**
 * Compiled MDX kept between builds. Astro compiles every MDX body on every build (its Vite transform, through the
 * Markdown processor's `createMdxRenderer`, the documented way to plug in a pipeline); this processor wraps the
 * site's own (Sätteri with the allow-list, astro.config.mjs) and keeps each result in the build cache folder
 * (`mdx/`) under a key over all the compile reads: the body, the front matter, the file's path, Astro's options
 * for the compile, the digest of the site's code (src/utils/code-digest.ts: the allow-list, the content
 * components, the config and lock files) and the installed versions of the MDX toolchain. The allow-list also
 * checks that each upload a body shows exists in the media folder: what it found is stored with the result, and
 * the result is reused only while the media folder gives the same answers. A body that fails is never stored.
 * Stored results are read as data this module wrote (shape checked, key compared); anything else is compiled again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { displayPath, takeMediaLookups } from '../content-model/mdx-allowlist';
import { explainMdxSyntaxError } from '../content-model/mdx-syntax-error';
import { mediaFolder } from '../safety/media-folder';
import type { MediaLookup } from '../safety/media-ref';
import { buildCacheDir } from '../utils/cache-dir';
import { siteCodeDigest } from '../utils/code-digest';
import { mediaDir } from '../utils/content-dir';

/** The folder of compiled MDX in the build cache folder. */
export const MDX_CACHE_FOLDER = 'mdx';
/** The packages whose code turns an MDX body into a module; their installed versions are part of every key. */
export const MDX_TOOLCHAIN = [
  'astro',
  '@astrojs/mdx',
  '@astrojs/markdown-satteri',
  '@astrojs/internal-helpers',
  'satteri',
  'shiki',
] as const;
/** Sätteri's compiled parser ships in one package per platform (@bruits/satteri-linux-x64-gnu, …). */
const NATIVE_SCOPE = '@bruits';
/** A stored compile no build has used for this long is removed. */
const KEEP_MS = 14 * 24 * 60 * 60 * 1000;
const KEY = /^[0-9a-f]{64}$/;
const LOOKUPS: readonly MediaLookup[] = ['file', 'missing', 'outside', 'not-file'];

/** What a compile returns (Astro's MdxRenderResult). */
interface MdxResult {
  code: string;
  map?: string | null;
  astroMetadata: object;
}

/** Astro's MDX renderer (MdxRenderer). */
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<MdxResult>;
}

/** A Markdown processor as Astro takes it (MarkdownProcessor), with the MDX renderer it needs. */
export interface MdxProcessor {
  readonly name: string;
  options: object;
  createRenderer(shared: never): Promise<unknown>;
  createMdxRenderer?(shared: object, mdx: object): Promise<MdxRenderer>;
}

/** One stored compile. */
interface Stored {
  version: 1;
  key: string;
  result: MdxResult;
  media: [string, MediaLookup][];
}

/** The installed version of each toolchain package under `root` (and of Sätteri's native parser), as one text. */
export function toolchainVersions(root: string): string {
  const modules = join(root, 'node_modules');
  const version = (name: string) => {
    const file = join(modules, name, 'package.json');
    if (!existsSync(file)) return `${name}@-`;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return `${name}@${String(parsed.version)}`;
  };
  const native = existsSync(join(modules, NATIVE_SCOPE))
    ? readdirSync(join(modules, NATIVE_SCOPE))
        .filter((name) => name.startsWith('satteri'))
        .sort()
        .map((name) => `${NATIVE_SCOPE}/${name}`)
    : [];
  return [...MDX_TOOLCHAIN, ...native].map(version).join('\n');
}

/** What a compile's key covers besides its own input. */
export interface CompileContext {
  codeDigest: string;
  toolchain: string;
  /** Astro's options for the compile (the shared Markdown options and the MDX ones), as JSON. */
  options: string;
}

/** The key of one compile. */
export function compileKey(
  context: CompileContext,
  content: string,
  filePath: string,
  frontmatter: Record<string, unknown>,
): string {
  const hash = createHash('sha256');
  for (const part of [
    'mdx-compile-1',
    context.codeDigest,
    context.toolchain,
    context.options,
    filePath,
    JSON.stringify(frontmatter),
    content,
  ])
    hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The stored compile at `file` under `key`, when it is one this module wrote. */
function readStored(file: string, key: string): Stored | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const stored = parsed as Partial<Stored>;
  const result = stored.result as Partial<MdxResult> | undefined;
  const valid =
    stored.version === 1 &&
    stored.key === key &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.code === 'string' &&
    (result.map === undefined || result.map === null || typeof result.map === 'string') &&
    typeof result.astroMetadata === 'object' &&
    result.astroMetadata !== null &&
    !Array.isArray(result.astroMetadata) &&
    Array.isArray(stored.media) &&
    stored.media.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        LOOKUPS.includes(entry[1] as MediaLookup),
    );
  return valid ? (stored as Stored) : undefined;
}

/** Writes a file whole (a new file renamed over the old one: a reader never sees half of it). */
function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Removes stored compiles no build used for KEEP_MS (their time is renewed on each use). */
function removeUnused(folder: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (now - statSync(file).mtimeMs > KEEP_MS) rmSync(file, { force: true });
  }
}

/** The MDX renderer of `inner`, with its results kept in `folder`. */
function cachedRenderer(inner: MdxRenderer, folder: string, context: CompileContext): MdxRenderer {
  mkdirSync(folder, { recursive: true });
  removeUnused(folder);
  const media = mediaFolder(mediaDir());
  return {
    async process(content, filePath, frontmatter) {
      const key = compileKey(context, content, filePath, frontmatter);
      if (!KEY.test(key)) throw new Error(`mdx compile key: ${key}`);
      const file = join(folder, `${key}.json`);
      const stored = readStored(file, key);
      if (stored && stored.media.every(([path, found]) => media.find(path) === found)) {
        const now = new Date();
        utimesSync(file, now, now);
        return stored.result;
      }
      const url = pathToFileURL(filePath).href;
      takeMediaLookups(url);
      const result = await inner.process(content, filePath, frontmatter).catch((error: unknown) => {
        throw explainMdxSyntaxError(error, displayPath(pathToFileURL(filePath)));
      });
      const entry: Stored = {
        version: 1,
        key,
        result: { code: result.code, map: result.map ?? null, astroMetadata: result.astroMetadata },
        media: takeMediaLookups(url),
      };
      writeWhole(file, JSON.stringify(entry));
      return result;
    },
  };
}

/**
 * `processor` with its MDX results kept in the build cache folder (CACHE_DIR) between builds; its name and options
 * are the inner processor's own, so Astro and integrations read and extend it as before.
 */
export function cachedMdx<P extends MdxProcessor>(processor: P, root = process.cwd()): P {
  const createMdxRenderer = processor.createMdxRenderer;
  if (!createMdxRenderer) return processor;
  return Object.assign(Object.create(Object.getPrototypeOf(processor) as object) as P, processor, {
    async createMdxRenderer(shared: object, mdx: object) {
      const inner = await createMdxRenderer.call(processor, shared, mdx);
      const context: CompileContext = {
        codeDigest: siteCodeDigest(root),
        toolchain: toolchainVersions(root),
        options: JSON.stringify({ shared, mdx }),
      };
      return cachedRenderer(inner, join(buildCacheDir(root), MDX_CACHE_FOLDER), context);
    },
  });
}
