/**
 * Facts that used to be worked out in several places are now written in one file each (docs/architecture.md):
 * no other source file under src/, cms/ or tools/ spells them out again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communeKinds, residentialKinds } from '../../src/i18n/unit-kinds';
import { sectionTable } from '../../src/i18n/sections';
import { projectRoot } from '../helpers/build';

const sources = ['src', 'cms', 'tools'].flatMap((top) =>
  readdirSync(join(projectRoot, top), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs|astro)$/.test(e.name))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { path: relative(projectRoot, file), text: readFileSync(file, 'utf8') };
    }),
);

/** The files other than `home` whose text matches `pattern`. */
const elsewhere = (pattern: RegExp, home: string) =>
  sources.filter((f) => f.path !== home && pattern.test(f.text)).map((f) => f.path);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('one home for each fact', () => {
  it('section routes are written only in the section table', () => {
    // As code writes strings ('…' or `…`); comments quote example addresses in double quotes.
    for (const { route } of Object.values(sectionTable))
      expect(elsewhere(new RegExp(`['\`]${escape(route)}['\`]`), 'src/i18n/sections.ts'), route).toEqual([]);
  });

  it('addDays is defined only in src/utils/dates.ts', () => {
    expect(elsewhere(/function addDays\b|const addDays\b/, 'src/utils/dates.ts')).toEqual([]);
  });

  it("Decap's date and relation widget options are written only in src/content-model/decap-widgets.ts", () => {
    expect(elsewhere(/widget: 'datetime'|widget: 'relation'/, 'src/content-model/decap-widgets.ts')).toEqual([]);
  });

  it('English names of unit kinds live with the kinds (src/i18n/unit-kinds.ts)', () => {
    const names = [...new Set([...communeKinds, ...residentialKinds].map((k) => k.en))];
    expect(elsewhere(new RegExp(`['"](?:${names.map(escape).join('|')})['"]`), 'src/i18n/unit-kinds.ts')).toEqual([]);
  });
});

describe('page cache keys', () => {
  const routes = sources.filter((f) => f.path.startsWith('src/pages/'));
  /** The source of a route's getStaticPaths: the route itself, or the module it takes them from. */
  const pathsSource = (route: { path: string; text: string }) => {
    const named = /export const getStaticPaths = (\w+);/.exec(route.text)?.[1];
    if (!named) return route;
    const from = new RegExp(`import \\{[^}]*\\b${named}\\b[^}]*\\} from '([^']+)'`).exec(route.text)?.[1];
    const module = from && join(route.path, '..', `${from}.ts`);
    return sources.find((f) => f.path === module) ?? route;
  };

  it("what an entry's body shows is keyed only in src/data/entry-page-key.ts", () => {
    expect(elsewhere(/\bbodyKey\b|allBoardsKey\(/, 'src/data/entry-page-key.ts')).toEqual(['src/data/board-key.ts']);
  });

  it("every keyed route that shows an entry's body keys its pages with entryPageKey", () => {
    // Routes without a cacheKey (section indexes, the home page) are rendered on every build.
    const keyed = routes.filter((r) => pathsSource(r).text.includes('cacheKey'));
    const showBody = keyed.filter((r) => /<EntryBody\b|\.body\b/.test(r.text));
    expect(showBody.map((r) => r.path)).toContain('src/pages/bai-viet/[slug]/doc-tren-loa.astro');
    expect(showBody.filter((r) => !pathsSource(r).text.includes('entryPageKey(')).map((r) => r.path)).toEqual([]);
  });
});
