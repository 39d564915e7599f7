/**
 * `npm run bench -- --communes=K`: K communes of N articles each, built as K independent builds, as a province's
 * CI builds them (one job per commune): each with its own checkout, content, cache and output, run in parallel up
 * to the number of cores. Measures the total wall time, each build's time and the peak memory of all of them at once.
 *
 * A checkout holds one build at a time (Astro writes every build's generated modules into the project's `.astro/`),
 * so each commune gets its own copy of the project's tracked files, sharing the installed node_modules by a link,
 * exactly like a CI job's fresh checkout with a restored dependency cache.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { generateSite, type BenchSize } from './generate.ts';
import { machine, type Machine } from './machine.ts';
import { runBuild, treeRss } from './measure.ts';

export interface CommunesOptions {
  projectRoot: string;
  workDir: string;
  buildDate: string;
  communes: number;
  size: BenchSize;
  /** Builds running at once (default: the number of cores). */
  parallel?: number;
  clean: boolean;
  log: (message: string) => void;
}

export interface CommuneBuild {
  commune: number;
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
}

export interface CommunesResult {
  measuredAt: string;
  machine: Machine;
  communes: number;
  size: BenchSize;
  parallel: number;
  /** From the first build's start to the last build's end. */
  totalWallMs: number;
  /** Highest summed RSS of every build running at the same moment. */
  peakRssBytes: number;
  builds: CommuneBuild[];
}

/** Folders and files of the project a build needs; tests, docs and the demo content stay out of each copy. */
const LEFT_OUT = /^(tests|docs|content)\//;

/** A fresh checkout of the project for one commune: the tracked files, and node_modules linked. */
function checkout(projectRoot: string, into: string): void {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const files = listed.split('\n').filter((f) => f && !LEFT_OUT.test(f) && existsSync(join(projectRoot, f)));
  for (const file of files) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(projectRoot, file), join(into, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(into, 'node_modules'), 'dir');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

export async function benchCommunes(opts: CommunesOptions): Promise<CommunesResult> {
  const parallel = Math.max(1, Math.min(opts.parallel ?? availableParallelism(), opts.communes));
  const root = join(opts.workDir, `communes-${opts.communes}x${opts.size.articles}`);
  rmSync(root, { recursive: true, force: true });
  try {
    const sites = Array.from({ length: opts.communes }, (_, i) => {
      const dir = join(root, `xa-${i + 1}`);
      checkout(opts.projectRoot, join(dir, 'project'));
      // A different seed per commune: different articles, villages and numbers, as real communes differ.
      generateSite(join(dir, 'content'), opts.size, {
        buildDate: opts.buildDate,
        seed: 1000 + i,
        projectRoot: opts.projectRoot,
      });
      return dir;
    });
    opts.log(
      `${opts.communes} communes × ${opts.size.articles} articles, ${opts.size.villages} villages; ${parallel} at a time`,
    );

    const running = new Set<number>();
    let peakRssBytes = 0;
    const sampler = setInterval(() => {
      let total = 0;
      for (const pid of running) total += treeRss(pid).bytes;
      peakRssBytes = Math.max(peakRssBytes, total);
    }, 100);

    const started = performance.now();
    const builds: CommuneBuild[] = [];
    let next = 0;
    const worker = async () => {
      while (next < sites.length) {
        const i = next++;
        const dir = sites[i]!;
        let pid = 0;
        const run = await runBuild({
          projectRoot: join(dir, 'project'),
          contentDir: join(dir, 'content'),
          outDir: join(dir, 'dist'),
          cacheDir: join(dir, 'cache'),
          buildDate: opts.buildDate,
          onSpawn: (p) => {
            pid = p;
            running.add(p);
          },
        });
        running.delete(pid);
        builds.push({ commune: i + 1, ok: run.ok, wallMs: Math.round(run.wallMs), peakRssBytes: run.peakRssBytes });
        opts.log(
          `  commune ${i + 1}: ${run.ok ? 'ok' : 'FAILED'} in ${seconds(run.wallMs)}, peak ${megabytes(run.peakRssBytes)}`,
        );
        if (!run.ok)
          opts.log(
            run.lines
              .slice(-25)
              .map((l) => l.text)
              .join('\n'),
          );
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    clearInterval(sampler);
    const totalWallMs = Math.round(performance.now() - started);
    opts.log(`  all ${opts.communes}: ${seconds(totalWallMs)}, peak ${megabytes(peakRssBytes)} together`);
    builds.sort((a, b) => a.commune - b.commune);
    return {
      measuredAt: new Date().toISOString(),
      machine: machine(opts.projectRoot),
      communes: opts.communes,
      size: opts.size,
      parallel,
      totalWallMs,
      peakRssBytes,
      builds,
    };
  } finally {
    if (opts.clean) rmSync(root, { recursive: true, force: true });
  }
}

/** Writes communes.json and communes.md next to the other results. */
export function writeCommunes(outDir: string, r: CommunesResult): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'communes.json'), `${JSON.stringify(r, null, 2)}\n`);
  const failed = r.builds.filter((b) => !b.ok).length;
  const rows = r.builds.map(
    (b) => `| ${b.commune} | ${b.ok ? 'ok' : 'failed'} | ${seconds(b.wallMs)} | ${megabytes(b.peakRssBytes)} |`,
  );
  const md = [
    '# Several communes, built as independent builds',
    '',
    `Measured ${r.measuredAt.slice(0, 10)} on ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, Astro ${r.machine.versions['astro'] ?? '?'}.`,
    `${r.communes} communes of ${r.size.articles} articles and ${r.size.villages} villages each, ${r.parallel} builds at a time,`,
    'each in its own checkout with its own content, cache and output folders (`npm run bench -- --communes=K`).',
    '',
    '| figure | value |',
    '| --- | --- |',
    `| total wall time | ${seconds(r.totalWallMs)} |`,
    `| peak memory of all builds at once | ${megabytes(r.peakRssBytes)} |`,
    `| failed builds | ${failed} |`,
    '',
    '| commune | result | wall time | peak memory |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'communes.md'), md);
}
