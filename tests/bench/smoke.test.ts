/**
 * The benchmark at a tiny size (5 articles, 3 villages, Lighthouse skipped), so it cannot rot: the synthetic
 * content must stay valid under the content model, every phase must still be found in the build log, and the
 * report must hold sane figures. Speed itself is never asserted here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duration, parsePhases } from '../../tools/bench/phases';
import { writeResults, type BenchResults } from '../../tools/bench/report';
import { checkBudgets } from '../../tools/bench/budgets';
import { benchSize, type SizeResult } from '../../tools/bench/suite';
import { projectRoot, TEST_TODAY } from '../helpers/build';
import { messages } from '../../src/i18n/vi';

const work = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
let result: SizeResult;
let report: BenchResults;
const log: string[] = [];

beforeAll(async () => {
  result = await benchSize(
    { articles: 5, villages: 3 },
    {
      projectRoot,
      workDir: join(work, 'runs'),
      buildDate: TEST_TODAY,
      rebuilds: ['changed'],
      reader: true,
      lighthouse: false,
      queries: ['ma túy'],
      clean: true,
      log: (m) => log.push(m),
    },
  );
  report = writeResults(join(work, 'out'), [result]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const MB = 1024 ** 2;

describe('benchmark smoke run', () => {
  it('builds the synthetic site, then rebuilds it after one article changed', () => {
    expect(result.cold.ok, `${log.join('\n')}\n${result.cold.error ?? ''}`).toBe(true);
    expect(result.oneChanged?.ok, result.oneChanged?.error).toBe(true);
    expect(result.mix).toMatchObject({ articles: 5, villages: 3 });
  });

  it('finds every phase in the build log, with times inside the wall time', () => {
    for (const build of [result.cold, result.oneChanged!]) {
      const p = build.phases;
      for (const [name, phase] of Object.entries({
        startup: p.startup,
        content: p.content,
        bundle: p.bundle,
        render: p.render,
        astro: p.astro,
        search: p.search,
        posters: p.posters,
        rest: p.rest,
      })) {
        expect(phase.ms, `${name}: ${phase.missing ?? ''}`).not.toBeNull();
        expect(phase.ms!, name).toBeGreaterThanOrEqual(0);
        expect(phase.ms!, name).toBeLessThanOrEqual(build.wallMs);
      }
      expect(p.pages).toBeGreaterThan(20);
      expect(p.search.pages).toBeGreaterThan(5);
      expect(p.posters.files).toBe((p.posters.rendered ?? -1) + (p.posters.fromCache ?? -1));
      expect(build.peakRssBytes).toBeGreaterThan(100 * MB);
      expect(build.peakRssBytes).toBeLessThan(16 * 1024 * MB);
    }
  });

  it('weighs one page of each type, the CMS bundle and a first search query', () => {
    const reader = result.reader!;
    const types = reader.pages.map((p) => p.type);
    for (const t of ['home', 'article', 'village board', 'lesson', 'campaign']) expect(types).toContain(t);
    for (const page of reader.pages) {
      expect(page.html.gzip).toBeGreaterThan(500);
      expect(page.html.gzip).toBeLessThan(page.html.raw);
      expect(page.css.raw).toBeGreaterThan(0);
    }
    expect(reader.cms!.initial.gzip).toBeGreaterThan(100 * 1024);
    expect(reader.cms!.total.raw).toBeGreaterThanOrEqual(reader.cms!.initial.raw);
    const [first] = reader.search;
    expect(first!.pagefind.requests).toBeGreaterThan(0);
    expect(first!.pagefind.raw).toBeGreaterThan(1024);
    expect(first!.total.raw).toBeGreaterThanOrEqual(first!.pagefind.raw);
  });

  it('writes JSON and Markdown with every budget judged or marked unmeasured', () => {
    const json = JSON.parse(readFileSync(join(work, 'out', 'results.json'), 'utf8')) as BenchResults;
    expect(json.sizes).toHaveLength(1);
    expect(json.sizes[0]!.machine.cores).toBeGreaterThan(0);
    expect(json.sizes[0]!.machine.versions.astro).toMatch(/^\d+\./);
    // The machine's speed before the size was built: one share image takes milliseconds of CPU, not none.
    expect(json.sizes[0]!.speedProbeMs).toBeGreaterThan(1);
    expect(json.sizes[0]!.speedProbeMs).toBeLessThan(10_000);
    // Every budget the table declares is in the report, whatever was measured (checkBudgets of nothing lists them all).
    expect(report.budgets.map((b) => b.budget)).toEqual(checkBudgets([]).map((b) => b.budget));
    for (const b of report.budgets) {
      expect(['pass', 'fail', 'unmeasured'], b.budget).toContain(b.verdict);
      expect(b.measured, b.budget).not.toBe('');
    }
    // Small-site budgets are judged; the 1,000 and 5,000 ones have no measurement at this size.
    expect(report.budgets.find((b) => b.budget.startsWith('Article page HTML+CSS'))!.verdict).not.toBe('unmeasured');
    expect(report.budgets.find((b) => b.budget.startsWith('5,000'))!.verdict).toBe('unmeasured');
    const md = readFileSync(join(work, 'out', 'results.md'), 'utf8');
    for (const heading of [
      '## Cold build',
      '## Rebuilds',
      '## What a reader downloads',
      '## First search query',
      '## Budgets',
    ])
      expect(md).toContain(heading);
    expect(md).toMatch(/Machine speed just before each size \(.*\): 5: \d+(\.\d)?\./);
  });
});

describe('build log phases', () => {
  it('reports a phase whose line is absent as missing, not as zero', () => {
    const lines = [
      '[content] Syncing content',
      '[content] Synced content',
      '[build] Building static entrypoints...',
      ' generating static routes ',
      '10:00:00 ✓ Completed in 120ms.',
      '10:00:00 [build] ✓ Completed in 2.50s.',
    ].map((text, i) => ({ t: i * 1000, text }));
    const phases = parsePhases(lines, 9000);
    expect(phases.render.ms).toBe(120);
    expect(phases.astro.ms).toBe(2500);
    expect(phases.content.ms).toBe(1000);
    expect(phases.posters.ms).toBeNull();
    expect(phases.posters.missing).toMatch(/posters/);
    expect(phases.search.ms).toBeNull();
    expect(phases.kept).toBe(false);
  });

  it('counts a kept site as nothing rendered, and a rebuild that rendered images as rendering them', () => {
    const keptLog = [messages.buildUnchanged, '✓ /srv/dist'].map((text, i) => ({ t: i * 10, text }));
    const kept = parsePhases(keptLog, 300);
    expect(kept.kept).toBe(true);
    const judged = (phases: typeof kept) => {
      const unchanged = { ...result, unchanged: { ...result.cold, ok: true, wallMs: 300, phases } };
      const big = { ...unchanged, mix: { ...result.mix, articles: 1000, villages: 200 } };
      return checkBudgets([big]).find((b) => b.budget.startsWith('Unchanged rebuild'))!;
    };
    expect(judged(kept)).toMatchObject({ verdict: 'pass', measured: expect.stringMatching(/kept/) });
    const rendered = parsePhases([{ t: 0, text: '[posters] 9 files: 2 rendered, 7 from cache in 40 ms' }], 100);
    expect(rendered.kept).toBe(false);
    expect(judged(rendered)).toMatchObject({ verdict: 'fail', measured: '2 rendered, 7 from cache' });
  });
});

describe('durations Astro prints', () => {
  it('reads milliseconds, seconds and minutes', () => {
    expect(duration('✓ Completed in 383ms.')).toBe(383);
    expect(duration('[build] ✓ Completed in 2.50s.')).toBe(2500);
    expect(duration('[build] ✓ Completed in 1m 16.7s.')).toBe(76_700);
  });
});
