/**
 * `npm run bench [-- options]`: benchmarks the build and the built site at several sizes and writes
 * docs/bench/results.json and results.md (merged with earlier sizes).
 *
 *   --sizes=100,1000,5000     articles per size (default); villages follow: 100 → 20, 1,000 → 200, 5,000 → 1,000
 *   --villages=20,200,1000    villages per size, when not the default (N / 5)
 *   --skip-lighthouse --skip-reader --skip-rebuild
 *   --queries="ma túy,đường dây nóng"   first queries whose downloads are counted
 *   --out=docs/bench  --work=/tmp/...  --keep (keep content, output and caches)  --build-date=YYYY-MM-DD
 *   --communes=K [--sizes=N] [--parallel=P]   K communes of N articles (default 100) built as K independent builds,
 *                                             P at a time (default: the cores); writes communes.json and communes.md
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeResults } from './report.ts';
import { benchCommunes, writeCommunes } from './communes.ts';
import { benchSize, type SizeResult } from './suite.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

function flags(argv: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`Unknown argument ${arg} (see the options at the top of tools/bench/run.ts)`);
    map.set(m[1]!, m[2] ?? 'true');
  }
  return map;
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

async function main() {
  const f = flags(process.argv.slice(2));
  const known = new Set([
    'sizes',
    'villages',
    'skip-lighthouse',
    'skip-reader',
    'skip-rebuild',
    'queries',
    'out',
    'work',
    'keep',
    'build-date',
    'communes',
    'parallel',
  ]);
  for (const k of f.keys()) if (!known.has(k)) throw new Error(`Unknown option --${k}`);
  const articles = list(f.get('sizes') ?? '100,1000,5000').map(Number);
  const villages = f.has('villages')
    ? list(f.get('villages')!).map(Number)
    : articles.map((n) => Math.max(1, Math.round(n / 5)));
  if (
    articles.some((n) => !Number.isInteger(n) || n < 1) ||
    villages.length !== articles.length ||
    villages.some((v) => !Number.isInteger(v) || v < 1)
  ) {
    throw new Error('--sizes and --villages take whole numbers, the same count of each');
  }
  const buildDate = f.get('build-date') ?? new Date().toISOString().slice(0, 10);
  const outDir = resolve(f.get('out') ?? join(projectRoot, 'docs/bench'));
  const workDir = resolve(f.get('work') ?? mkdtempSync(join(tmpdir(), 'bench-')));
  if (f.has('communes')) {
    const communes = Number(f.get('communes'));
    const parallel = f.has('parallel') ? Number(f.get('parallel')) : undefined;
    if (
      !Number.isInteger(communes) ||
      communes < 1 ||
      (parallel !== undefined && (!Number.isInteger(parallel) || parallel < 1))
    ) {
      throw new Error('--communes and --parallel take whole numbers from 1');
    }
    if (!f.has('sizes')) {
      articles.splice(0, articles.length, 100);
      villages.splice(0, villages.length, 20);
    }
    if (articles.length !== 1) throw new Error('--communes takes one size: --sizes=N');
    const result = await benchCommunes({
      projectRoot,
      workDir,
      buildDate,
      communes,
      size: { articles: articles[0]!, villages: villages[0]! },
      ...(parallel ? { parallel } : {}),
      clean: !f.has('keep'),
      log: (m) => console.log(m),
    });
    writeCommunes(outDir, result);
    console.log(`\nResults: ${join(outDir, 'communes.md')}`);
    if (result.builds.some((b) => !b.ok)) process.exitCode = 1;
    return;
  }
  const fresh: SizeResult[] = [];
  for (let i = 0; i < articles.length; i++) {
    const result = await benchSize(
      { articles: articles[i]!, villages: villages[i]! },
      {
        projectRoot,
        workDir,
        buildDate,
        rebuilds: f.has('skip-rebuild') ? [] : ['unchanged', 'changed'],
        reader: !f.has('skip-reader'),
        lighthouse: !f.has('skip-lighthouse'),
        queries: list(f.get('queries') ?? 'ma túy,đường dây nóng'),
        clean: !f.has('keep'),
        log: (m) => console.log(m),
      },
    );
    fresh.push(result);
    // Written after every size, so a long run that stops late keeps what it measured.
    writeResults(outDir, fresh);
  }
  const results = writeResults(outDir, fresh);
  console.log(`\nResults: ${join(outDir, 'results.md')}`);
  for (const b of results.budgets) console.log(`  ${b.verdict.padEnd(10)} ${b.budget}: ${b.measured}`);
  if (fresh.some((r) => !r.cold.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
