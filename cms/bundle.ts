/**
 * The CMS's browser code for `astro build`, bundled by esbuild apart from the site's own Vite build. Decap and React
 * are megabytes of JavaScript that rarely change between two builds of a site, so the bundle is kept in the build
 * cache and made again only when a file it was made from changes: the project's own files are compared by content
 * (esbuild lists every input), the dependencies by the lock file. `npm start` keeps loading cms/index.ts through
 * Vite, for its instant reloads.
 */
import { build, stop, version, type Metafile } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The bundle, ready to copy into the site. */
export interface CmsBundle {
  /** The folder holding the files. */
  dir: string;
  /** The entry file's name (loaded by /admin/ as a module script). */
  entry: string;
}

interface Manifest {
  key: string;
  entry: string;
  /** The project's own files the bundle was made from (outside node_modules), with their digest. */
  inputs: string[];
  inputsDigest: string;
}

/** Changes whenever the bundling itself changes: the options below, esbuild's version, the dependency versions. */
const OPTIONS_VERSION = 1;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function digestOf(projectRoot: string, files: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  for (const file of files) {
    const path = resolve(projectRoot, file);
    if (!existsSync(path)) return undefined;
    hash.update(`${file}\0`).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** What else than the project's own files decides the bundle's bytes. */
function bundleKey(projectRoot: string, esbuildVersion: string): string {
  const lock = join(projectRoot, 'package-lock.json');
  return sha256(`${OPTIONS_VERSION}\0${esbuildVersion}\0${existsSync(lock) ? sha256(readFileSync(lock)) : ''}`);
}

/**
 * WebAssembly files the bundle loads as `new URL("x.wasm", import.meta.url)` (Decap's WebP encoder): esbuild keeps
 * the expression, so the file must sit beside the chunk. Each is looked up beside the inputs of the chunk naming it.
 */
function copyWasm(metafile: Metafile, projectRoot: string, outDir: string): void {
  for (const [output, info] of Object.entries(metafile.outputs)) {
    const code = readFileSync(resolve(projectRoot, output), 'utf8');
    for (const [, name] of code.matchAll(/new URL\(\s*["']([\w.-]+\.wasm)["']\s*,\s*import\.meta\.url\s*\)/g)) {
      const source = Object.keys(info.inputs)
        .map((input) => join(dirname(resolve(projectRoot, input)), name!))
        .find((candidate) => existsSync(candidate));
      if (!source) throw new Error(`The CMS bundle loads ${name}, which none of its inputs' folders holds.`);
      cpSync(source, join(outDir, name!));
    }
  }
}

/** The CMS bundle for this project, from the cache when nothing it depends on changed. */
export async function cmsBundle(projectRoot: string, cacheDir: string): Promise<CmsBundle> {
  const dir = join(cacheDir, 'cms-bundle');
  const files = join(dir, 'files');
  const manifestFile = join(dir, 'manifest.json');
  const key = bundleKey(projectRoot, version);
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (
      manifest.key === key &&
      manifest.inputsDigest === digestOf(projectRoot, manifest.inputs) &&
      existsSync(join(files, manifest.entry))
    )
      return { dir: files, entry: manifest.entry };
  }

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(files, { recursive: true });
  const result = await build({
    absWorkingDir: projectRoot,
    entryPoints: { cms: join(projectRoot, 'cms/index.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    outdir: files,
    entryNames: '[name]-[hash]',
    chunkNames: 'cms-[name]-[hash]',
    // What Vite defines for browser code; Decap's TOML parser reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis', 'import.meta.hot': 'undefined' },
    metafile: true,
    logLevel: 'error',
  });
  // esbuild's service process keeps the memory of bundling Decap (about 300 MB) for as long as it lives, which is
  // the whole `astro build` (the site's pages render at the build's peak memory): stop it now that the bundle is written.
  await stop();
  copyWasm(result.metafile, projectRoot, files);
  const entry = Object.entries(result.metafile.outputs).find(([, info]) => info.entryPoint)![0];
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.split('/').includes('node_modules'))
    .sort();
  const manifest: Manifest = {
    key,
    entry: entry.split('/').pop()!,
    inputs,
    inputsDigest: digestOf(projectRoot, inputs)!,
  };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return { dir: files, entry: manifest.entry };
}

/** Copies the bundle's files into `target` (the site's /admin/ folder). */
export function copyBundle(bundle: CmsBundle, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(bundle.dir)) cpSync(join(bundle.dir, name), join(target, name));
}
