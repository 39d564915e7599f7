/**
 * Lighthouse (pinned devDependency) on Debian's Chromium, mobile preset (its default: a mid-range phone on
 * throttled 4G), performance and accessibility only. Runs the CLI as a child process so its Chrome launcher
 * and our static server do not share an event loop.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from './search-bytes.ts';

export interface LighthouseResult {
  page: string;
  url: string;
  /** 0–100, or null when the category could not be scored. */
  performance: number | null;
  accessibility: number | null;
  metrics: {
    fcpMs: number | null;
    lcpMs: number | null;
    tbtMs: number | null;
    cls: number | null;
    speedIndexMs: number | null;
  };
  /** Audits that did not pass, with their titles: the reason a score is below 100. */
  failing: { id: string; title: string; score: number }[];
  error?: string;
}

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
}
interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
  runtimeError?: { message: string };
}

function runCli(projectRoot: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/lighthouse/cli/index.js'), ...args], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);

export async function lighthouse(projectRoot: string, page: string, url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const report = join(dir, 'report.json');
  try {
    const { code, output } = await runCli(projectRoot, [
      url,
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      '--quiet',
    ]);
    const empty = { fcpMs: null, lcpMs: null, tbtMs: null, cls: null, speedIndexMs: null };
    if (code !== 0)
      return {
        page,
        url,
        performance: null,
        accessibility: null,
        metrics: empty,
        failing: [],
        error: output.trim().split('\n').slice(-5).join('\n'),
      };
    const lh = JSON.parse(readFileSync(report, 'utf8')) as LhReport;
    const value = (id: string) => lh.audits[id]?.numericValue ?? null;
    const scored = new Set(
      Object.values(lh.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
    );
    const failing = Object.values(lh.audits)
      .filter(
        (a) =>
          scored.has(a.id) && a.scoreDisplayMode !== 'notApplicable' && typeof a.score === 'number' && a.score < 0.9,
      )
      .map((a) => ({ id: a.id, title: a.title, score: a.score! }));
    return {
      page,
      url,
      performance: score(lh.categories.performance?.score),
      accessibility: score(lh.categories.accessibility?.score),
      metrics: {
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        speedIndexMs: value('speed-index'),
      },
      failing,
      ...(lh.runtimeError ? { error: lh.runtimeError.message } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
