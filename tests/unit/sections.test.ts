/**
 * The section table (src/i18n/sections.ts) is the one source of each section's route and names: every content type
 * with pages has one row, and the routes, the menu, the search labels, the share-image kickers and the editors'
 * type names are read from it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/content-model/registry';
import { posterText } from '../../src/i18n/posters';
import { pageTypeLabels, pageTypeOrder } from '../../src/i18n/search';
import { sectionColumn, sectionKeys, sectionSegment, sectionTable, type SectionRow } from '../../src/i18n/sections';
import { typeText, ui } from '../../src/i18n/vi';
import { routes, sections } from '../../src/utils/routes';
import { projectRoot } from '../helpers/build';

const rows = sectionKeys.map((key) => [key, sectionTable[key]] as const);
const typeNames: string[] = contentTypes.map((t) => t.name);

describe('the section table', () => {
  it('has exactly one row for every content type with pages; the units (shown on the hotline boards) have none', () => {
    expect(typeNames.filter((name) => !(name in sectionTable))).toEqual(['units']);
    expect(sectionKeys.filter((key) => !typeNames.includes(key))).toEqual(['about']);
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
  });

  it('gives every section its own one-segment route, served by a page of src/pages', () => {
    const routeList = rows.map(([, row]) => row.route);
    expect(new Set(routeList).size).toBe(routeList.length);
    for (const [key, row] of rows) {
      expect(row.route, key).toMatch(/^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
      const folder = join(projectRoot, 'src/pages', sectionSegment(key));
      const served =
        ['index.astro', '[...page].astro'].some((f) => existsSync(join(folder, f))) || existsSync(`${folder}.astro`);
      expect(served, `${key}: no page at src/pages for ${row.route}`).toBe(true);
    }
  });

  it('names every section in every place, with text', () => {
    for (const [key, row] of rows)
      for (const column of ['nav', 'search', 'kicker'] as const)
        expect(row[column].trim(), `${key}.${column}`).not.toBe('');
  });
});

describe('what is read from the section table', () => {
  it('routes: each section list page and its entries', () => {
    expect(sections).toEqual(sectionColumn('route'));
    for (const [key, row] of rows) {
      expect(routes.section(key)).toBe(row.route);
      expect(routes.entry(key, 'x')).toBe(`${row.route}x/`);
    }
  });

  it('the menu and breadcrumbs, in the table order', () => {
    expect(Object.keys(ui.nav)).toEqual(sectionKeys);
    for (const [key, row] of rows) expect(ui.nav[key]).toBe(row.nav);
  });

  it("the search page's type labels: every section once, in the filter's order", () => {
    expect([...pageTypeOrder].sort()).toEqual([...sectionKeys].sort());
    expect(Object.keys(pageTypeLabels)).toEqual([...pageTypeOrder]);
    for (const [key, row] of rows) expect(pageTypeLabels[key]).toBe(row.search);
  });

  it("the share images' kickers, by the first segment of the page's address", () => {
    for (const [key, row] of rows) expect(posterText.kicker[sectionSegment(key)], key).toBe(row.kicker);
    const segments = new Set(sectionKeys.map(sectionSegment));
    expect(
      Object.keys(posterText.kicker)
        .filter((k) => !segments.has(k))
        .sort(),
    ).toEqual(['', 'other']);
  });

  it("the editors' names of the content types, as the CMS shows them", () => {
    for (const type of contentTypes) {
      const row = (sectionTable as Record<string, SectionRow>)[type.name];
      if (!row) continue;
      expect(row.type, type.name).toBeDefined();
      expect(typeText[type.name as keyof typeof typeText]).toBe(row.type);
      expect({ label: type.label, labelSingular: type.labelSingular, description: type.description }).toEqual(row.type);
    }
  });
});
