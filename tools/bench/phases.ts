/**
 * Cuts a build log into phases. Boundaries come from the lines Astro and our integrations print; durations are
 * the arrival times of those lines (measured by measure.ts, millisecond resolution), and where a step prints its
 * own duration that figure is kept too. A phase whose lines are missing is reported as missing, never as zero.
 */
import { messages } from '../../src/i18n/vi.ts';
import type { LogLine } from './measure.ts';

export interface Phase {
  /** Milliseconds, or null when the log did not show this phase. */
  ms: number | null;
  /** Why the figure is missing, when it is. */
  missing?: string;
}

export interface PosterFigures extends Phase {
  files: number | null;
  rendered: number | null;
  fromCache: number | null;
}

export interface SearchFigures extends Phase {
  pages: number | null;
  files: number | null;
  kilobytes: number | null;
}

export interface BuildPhases {
  /** Process start to content sync: Node, Astro and Vite start-up, config. */
  startup: Phase;
  /** Content layer sync: reading, parsing and validating every content file. */
  content: Phase;
  /** Type generation and build info, between the content sync and bundling. */
  prepare: Phase;
  /** Vite bundling of pages, MDX modules and client scripts (CMS included). */
  bundle: Phase;
  /** Rendering every route to HTML. */
  render: Phase;
  /** bundle + render: Astro's own page build (what Astro reports as "Completed in"). */
  astro: Phase;
  /** Pagefind indexing and writing the bundle. */
  search: SearchFigures;
  /** Share images, posters and PDFs. */
  posters: PosterFigures;
  /** From the end of rendering to the process exit, minus search and posters: sitemap, other build hooks, exit. */
  rest: Phase;
  pages: number | null;
  /** The build found nothing changed and kept the last site as it was: nothing was bundled, rendered or indexed. */
  kept: boolean;
}

const find = (lines: LogLine[], re: RegExp, from = 0) => {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
  return -1;
};

const span = (lines: LogLine[], a: number, b: number, what: string): Phase =>
  a >= 0 && b >= 0 && b >= a
    ? { ms: Math.round(lines[b]!.t - lines[a]!.t) }
    : { ms: null, missing: `log lines for ${what} not found` };

/** "1.23s", "383ms" or, past a minute, "1m 16.7s" → milliseconds. */
export function duration(text: string): number | null {
  const m = /(?:(\d+)m\s*)?([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!m) return null;
  return Math.round(Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1));
}

export function parsePhases(lines: LogLine[], wallMs: number): BuildPhases {
  const syncing = find(lines, /\[content\] Syncing content/);
  const synced = find(lines, /\[content\] Synced content/, Math.max(0, syncing));
  const entrypoints = find(lines, /\[build\] Building static entrypoints/);
  const routes = find(lines, /generating static routes/, Math.max(0, entrypoints));
  const routesDone = routes >= 0 ? find(lines, /^\S*\s*✓ Completed in/, routes) : -1;
  const buildDone = routesDone >= 0 ? find(lines, /\[build\] ✓ Completed in/, routesDone) : -1;

  const startup: Phase =
    syncing >= 0 ? { ms: Math.round(lines[syncing]!.t) } : { ms: null, missing: 'content sync line not found' };
  const content = span(lines, syncing, synced, 'content sync');
  const prepare = span(lines, synced, entrypoints, 'type generation');
  const bundle = span(lines, entrypoints, routes, 'bundling');
  // Astro prints the render time itself; the arrival time of that line is the fallback.
  const render: Phase =
    routesDone >= 0
      ? { ms: duration(lines[routesDone]!.text) ?? span(lines, routes, routesDone, 'rendering').ms }
      : { ms: null, missing: 'route generation end not found' };
  const astroOwn = buildDone >= 0 ? duration(lines[buildDone]!.text) : null;
  const astro: Phase =
    astroOwn !== null
      ? { ms: astroOwn }
      : bundle.ms !== null && render.ms !== null
        ? { ms: bundle.ms + render.ms }
        : { ms: null, missing: 'Astro build lines not found' };

  const searchAt = find(lines, /\[pagefind-search\] \d+ pages/);
  const searchMatch =
    searchAt >= 0 ? /(\d+) pages(?: indexed)?, (\d+) files, (\d+) KB in (\d+) ms/.exec(lines[searchAt]!.text) : null;
  const search: SearchFigures = searchMatch
    ? {
        ms: Number(searchMatch[4]),
        pages: Number(searchMatch[1]),
        files: Number(searchMatch[2]),
        kilobytes: Number(searchMatch[3]),
      }
    : {
        ms: null,
        missing: 'no "[pagefind-search] N pages, F files, K KB in T ms" line',
        pages: null,
        files: null,
        kilobytes: null,
      };

  const posterAt = find(lines, /\[posters\] \d+ files/);
  const posterMatch =
    posterAt >= 0 ? /(\d+) files: (\d+) rendered, (\d+) from cache in (\d+) ms/.exec(lines[posterAt]!.text) : null;
  const posters: PosterFigures = posterMatch
    ? {
        ms: Number(posterMatch[4]),
        files: Number(posterMatch[1]),
        rendered: Number(posterMatch[2]),
        fromCache: Number(posterMatch[3]),
      }
    : {
        ms: null,
        missing: 'no "[posters] N files: R rendered, C from cache in T ms" line (posters not wired into the build?)',
        files: null,
        rendered: null,
        fromCache: null,
      };

  const endOfRender = routesDone >= 0 ? lines[routesDone]!.t : null;
  // Only hooks that ran after rendering are taken out of the rest (posters may also be made while rendering).
  const after = (at: number, ms: number | null) =>
    endOfRender !== null && at >= 0 && lines[at]!.t >= endOfRender ? (ms ?? 0) : 0;
  const rest: Phase =
    endOfRender !== null
      ? { ms: Math.max(0, Math.round(wallMs - endOfRender - after(searchAt, search.ms) - after(posterAt, posters.ms))) }
      : { ms: null, missing: 'route generation end not found' };

  const kept = lines.some((l) => l.text.includes(messages.buildUnchanged));
  const pagesAt = find(lines, /\[build\] (\d+) page\(s\) built/);
  const pages = pagesAt >= 0 ? Number(/(\d+) page\(s\)/.exec(lines[pagesAt]!.text)![1]) : null;
  return { startup, content, prepare, bundle, render, astro, search, posters, rest, pages, kept };
}
