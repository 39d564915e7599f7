/**
 * The performance budgets (docs/benchmark.md), checked against measured results. A budget with no measurement behind it is
 * "unmeasured", never passed; each verdict carries the figure it was judged on.
 */
import type { SizeResult } from './suite.ts';

export type Verdict = 'pass' | 'fail' | 'unmeasured';

export interface BudgetCheck {
  budget: string;
  verdict: Verdict;
  /** The measured figure, in words and numbers. */
  measured: string;
}

const KB = 1024;
const kb = (b: number) => `${(b / KB).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function at(results: SizeResult[], articles: number, villages: number): SizeResult | undefined {
  return results.find((r) => r.mix.articles === articles && r.mix.villages === villages && r.cold.ok);
}

function check(
  budget: string,
  value: number | null | undefined,
  ok: (v: number) => boolean,
  show: (v: number) => string,
  why = 'not measured',
): BudgetCheck {
  if (value === null || value === undefined) return { budget, verdict: 'unmeasured', measured: why };
  return { budget, verdict: ok(value) ? 'pass' : 'fail', measured: show(value) };
}

export function checkBudgets(results: SizeResult[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const withReader = results.filter((r) => r.reader);
  const articles = withReader.flatMap((r) =>
    r.reader!.pages.filter((p) => p.type === 'article').map((p) => ({ n: r.mix.articles, p })),
  );
  const worst = <T>(list: T[], key: (t: T) => number) =>
    list.length ? list.reduce((a, b) => (key(b) > key(a) ? b : a)) : undefined;

  const heaviest = worst(articles, (a) => a.p.html.gzip + a.p.css.gzip);
  checks.push(
    check(
      'Article page HTML+CSS ≤ 20 KB gzip',
      heaviest ? heaviest.p.html.gzip + heaviest.p.css.gzip : null,
      (v) => v <= 20 * KB,
      (v) => `${kb(v)} (HTML ${kb(heaviest!.p.html.gzip)} + CSS ${kb(heaviest!.p.css.gzip)}, N = ${heaviest!.n})`,
    ),
  );
  const js = worst(articles, (a) => a.p.js.raw);
  // The one script of reader pages registers the offline service worker (public/sw-register.js, a few hundred bytes).
  checks.push(
    check(
      'Article page JS ≤ 1 KB (offline registration only)',
      js?.p.js.raw,
      (v) => v <= KB,
      (v) => (v === 0 ? 'none' : `${v} bytes raw`),
    ),
  );
  const fonts = worst(articles, (a) => a.p.fonts.raw);
  checks.push(
    check(
      'Article page fonts ≤ 60 KB',
      fonts?.p.fonts.raw,
      (v) => v <= 60 * KB,
      (v) => (v === 0 ? 'none (system fonts)' : kb(v)),
    ),
  );

  const lhRun = [...results].reverse().find((r) => r.lighthouse?.length);
  for (const page of ['home', 'article']) {
    const lh = lhRun?.lighthouse?.find((l) => l.page === page);
    const where = lhRun ? ` (N = ${lhRun.mix.articles})` : '';
    checks.push(
      check(
        `Lighthouse mobile performance ≥ 98, ${page}`,
        lh?.performance,
        (v) => v >= 98,
        (v) => `${v}${where}`,
        lh?.error ?? 'not measured',
      ),
    );
    checks.push(
      check(
        `Lighthouse accessibility = 100, ${page}`,
        lh?.accessibility,
        (v) => v === 100,
        (v) => `${v}${where}${lh!.failing.length && v < 100 ? `: ${lh!.failing.map((f) => f.id).join(', ')}` : ''}`,
        lh?.error ?? 'not measured',
      ),
    );
  }

  const k = at(results, 1000, 200);
  const cores = k ? ` on ${k.machine.cores} cores` : '';
  checks.push(
    check(
      '1,000 articles: Astro phase ≤ 10 s',
      k?.cold.phases.astro.ms,
      (v) => v <= 10_000,
      (v) => `${s(v)} (bundle ${s(k!.cold.phases.bundle.ms ?? 0)} + render ${s(k!.cold.phases.render.ms ?? 0)})`,
    ),
  );
  const ratio = k?.oneChanged?.ok ? k.oneChanged.wallMs / k.cold.wallMs : null;
  checks.push(
    check(
      '1,000 articles: rebuild after one article changed ≤ 30% of cold',
      ratio,
      (v) => v <= 0.3,
      (v) => `${Math.round(v * 100)}% (${s(k!.oneChanged!.wallMs)} vs ${s(k!.cold.wallMs)})`,
    ),
  );
  const complete = k && k.cold.phases.search.ms !== null && k.cold.phases.posters.ms !== null;
  const coldBudget = 'Cold build of 1,000 articles with search, images, PDFs < 90 s on 2 cores';
  checks.push(
    k && !complete
      ? {
          budget: coldBudget,
          verdict: 'unmeasured',
          measured: `${s(k.cold.wallMs)}${cores}, but without the posters/PDF phase (not in the build log), so a lower bound`,
        }
      : check(
          coldBudget,
          k?.cold.wallMs,
          (v) => v < 90_000,
          (v) => `${s(v)}${cores}`,
        ),
  );
  const posters = k?.unchanged?.phases.posters;
  checks.push(
    check(
      'Unchanged rebuild regenerates no image/PDF',
      posters?.rendered,
      (v) => v === 0,
      (v) => `${v} rendered, ${posters!.fromCache} from cache`,
      posters?.missing ?? 'not measured',
    ),
  );
  const first = k?.reader?.search.length ? worst(k.reader.search, (q) => q.total.gzip) : undefined;
  checks.push(
    check(
      '1,000 articles: first search query ≤ 150 KB downloaded',
      first?.total.gzip,
      (v) => v <= 150 * KB,
      (v) => `${kb(v)} gzip for “${first!.query}” (${first!.via}; Pagefind files ${kb(first!.pagefind.gzip)})`,
    ),
  );

  const big = at(results, 5000, 1000);
  checks.push(
    check(
      '5,000 articles + 1,000 villages: peak memory < 4 GB',
      big?.cold.peakRssBytes,
      (v) => v < 4 * 1024 ** 3,
      (v) => `${(v / 1024 ** 3).toFixed(2)} GB (sum of RSS over the build's process tree)`,
    ),
  );
  return checks;
}
