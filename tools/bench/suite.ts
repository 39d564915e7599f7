/**
 * One benchmark run for one size: generate the content, build it cold, rebuild with nothing changed, rebuild after
 * one article changed (same cache folder, so caches are warm), then weigh what readers download and run Lighthouse.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { changeArticle, generateSite, type BenchSize, type ContentMix } from './generate.ts';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { machine, type Machine } from './machine.ts';
import { speedProbe } from './speed-probe.ts';
import { runBuild, type BuildRun } from './measure.ts';
import { parsePhases, type BuildPhases } from './phases.ts';
import { cmsBundle, pageWeights, siteSize, type CmsBundle, type PageWeight } from './reader.ts';
import { launchChromium, searchBytes, type SearchBytes } from './search-bytes.ts';
import { serveDir } from '../static-server.ts';

export interface BuildMeasure {
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
  /** The last log line before the memory peak: the step that was running then. */
  peakAfter?: string;
  peakProcesses: number;
  phases: BuildPhases;
  /** The end of the log when the build failed. */
  error?: string;
}

export interface SizeResult {
  measuredAt: string;
  machine: Machine;
  /** CPU ms of one fixed share image just before this size was built (speed-probe.ts); absent in older results. */
  speedProbeMs?: number;
  buildDate: string;
  mix: ContentMix;
  content: { files: number; bytes: number };
  cold: BuildMeasure;
  unchanged: BuildMeasure | null;
  oneChanged: BuildMeasure | null;
  site: { files: number; bytes: number } | null;
  reader: { pages: PageWeight[]; cms: CmsBundle | null; search: SearchBytes[] } | null;
  lighthouse: LighthouseResult[] | null;
}

export interface SuiteOptions {
  projectRoot: string;
  /** Scratch folder: content, output and cache of each size go under it. */
  workDir: string;
  buildDate: string;
  /** Which rebuilds to measure after the cold build (the smoke test runs only the changed one, to stay short). */
  rebuilds: ('unchanged' | 'changed')[];
  reader: boolean;
  lighthouse: boolean;
  /** First queries whose downloads are counted. */
  queries: string[];
  /** Delete the size's scratch folder afterwards. */
  clean: boolean;
  log: (message: string) => void;
}

function measureOf(run: BuildRun): BuildMeasure {
  const phases = parsePhases(run.lines, run.wallMs);
  return {
    ok: run.ok,
    wallMs: Math.round(run.wallMs),
    peakRssBytes: run.peakRssBytes,
    peakAfter: run.lines
      .filter((l) => l.t <= run.peakAtMs)
      .at(-1)
      ?.text.slice(0, 160),
    peakProcesses: run.peakProcesses,
    phases,
    ...(run.ok
      ? {}
      : {
          error: run.lines
            .slice(-25)
            .map((l) => l.text)
            .join('\n'),
        }),
  };
}

const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);

export async function benchSize(size: BenchSize, opts: SuiteOptions): Promise<SizeResult> {
  const root = join(opts.workDir, `n${size.articles}-v${size.villages}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const build = async (label: string) => {
    const m = measureOf(
      await runBuild({ projectRoot: opts.projectRoot, contentDir, outDir, cacheDir, buildDate: opts.buildDate }),
    );
    opts.log(
      `  ${label}: ${m.ok ? 'ok' : 'FAILED'} in ${seconds(m.wallMs)}, peak ${Math.round(m.peakRssBytes / 1024 ** 2)} MB (after "${m.peakAfter ?? ''}")`,
    );
    if (!m.ok) opts.log(m.error ?? '');
    return m;
  };

  try {
    opts.log(`${size.articles} articles, ${size.villages} villages`);
    const speedProbeMs = await speedProbe();
    opts.log(`  speed probe: ${speedProbeMs} ms of CPU for one fixed share image`);
    const site = generateSite(contentDir, size, { buildDate: opts.buildDate, projectRoot: opts.projectRoot });
    opts.log(`  generated ${site.files} files (${Math.round(site.bytes / 1024)} KB)`);
    const cold = await build('cold build');
    const result: SizeResult = {
      measuredAt: new Date().toISOString(),
      machine: machine(opts.projectRoot),
      speedProbeMs,
      buildDate: opts.buildDate,
      mix: site.mix,
      content: { files: site.files, bytes: site.bytes },
      cold,
      unchanged: null,
      oneChanged: null,
      site: null,
      reader: null,
      lighthouse: null,
    };
    if (!cold.ok) return result;
    result.site = siteSize(outDir);

    // Reader figures are taken from the cold build, before any content changes.
    if (opts.reader || opts.lighthouse) {
      const served = await serveDir(outDir);
      try {
        if (opts.reader) {
          const browser = await launchChromium();
          try {
            const search: SearchBytes[] = [];
            for (const q of opts.queries) search.push(await searchBytes(browser, served.url, outDir, q));
            result.reader = { pages: pageWeights(outDir), cms: cmsBundle(outDir), search };
          } finally {
            await browser.close();
          }
          opts.log(`  reader figures: ${result.reader.pages.length} page types, ${opts.queries.length} queries`);
        }
        if (opts.lighthouse) {
          const article =
            result.reader?.pages.find((p) => p.type === 'article')?.path ??
            pageWeights(outDir).find((p) => p.type === 'article')?.path;
          const targets = [['home', '/'], ...(article ? [['article', article]] : [])] as const;
          result.lighthouse = [];
          for (const [page, path] of targets) {
            const lh = await lighthouse(opts.projectRoot, page, `${served.url}${path}`);
            result.lighthouse.push(lh);
            opts.log(
              `  lighthouse ${page}: performance ${lh.performance ?? '–'}, accessibility ${lh.accessibility ?? '–'}${lh.error ? ` (${lh.error})` : ''}`,
            );
          }
        }
      } finally {
        await served.close();
      }
    }

    if (opts.rebuilds.includes('unchanged')) result.unchanged = await build('rebuild, nothing changed');
    if (opts.rebuilds.includes('changed')) {
      changeArticle(site.articleToChange);
      result.oneChanged = await build('rebuild, one article changed');
    }
    return result;
  } finally {
    if (opts.clean) rmSync(root, { recursive: true, force: true });
  }
}
