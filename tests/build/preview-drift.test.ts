/**
 * The CMS preview must look like the page: an article with every content component is built by the real site, and
 * the preview's React output (cms/previews/) for the same values is compared with it, element by element and class
 * by class. A change to a page component without its preview copy (or the reverse) fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { parse as parseYaml } from 'yaml';
import { buildSite, fixtureSite, projectRoot, type BuildResult } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { readPage } from '../helpers/site-files';
import { goodUploads } from '../safety/upload-files';
import { ArticlePreview, type ArticleValues } from '../../cms/previews/article';
import { renderBody } from '../../cms/previews/body';
import { buildPreviewData, type BoardData, type PreviewData, type UnitData } from '../../cms/previews/site-data';

const ARTICLE = 'xem-truoc-giong-trang';
let site: BuildResult;
let content: string;

const yamlFiles = <T>(folder: string) =>
  readdirSync(join(content, folder)).map(
    (f) => [f.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(content, folder, f), 'utf8')) as T] as const,
  );

/** One line per element: its tag, its classes and its role, indented by depth; text and other attributes are left out. */
function shape(nodes: ChildNode[], depth = 0): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'tag') return [];
    const el = node as Element;
    const classes = (el.attribs.class ?? '')
      .split(/\s+/)
      .filter((c) => c && !c.startsWith('astro-'))
      .sort();
    const role = el.attribs.role ? `[role=${el.attribs.role}]` : '';
    return [
      `${'  '.repeat(depth)}${el.name}${classes.map((c) => `.${c}`).join('')}${role}`,
      ...shape(el.children, depth + 1),
    ];
  });
}

function articleOf(html: string): Element {
  const found = DomUtils.findOne((e) => e.name === 'article', parseDocument(html).children);
  if (!found) throw new Error('no <article> in the page');
  return found;
}

/** The children of the page's body container (<div class="prose">), one shape per block. */
function blocksOf(article: Element): string[][] {
  const prose = DomUtils.findOne((e) => (e.attribs.class ?? '').split(/\s+/).includes('prose'), article.children);
  if (!prose) throw new Error('no .prose in the article');
  return prose.children.filter((n) => n.type === 'tag').map((n) => shape([n]));
}

function previewArticle(data: PreviewData): Element {
  const source = readFileSync(join(content, 'articles', `${ARTICLE}.mdx`), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const values = { ...(parseYaml(front) as ArticleValues), body };
  return articleOf(renderToStaticMarkup(h(ArticlePreview, { values, body: renderBody(body, data) })));
}

beforeAll(async () => {
  content = overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/previews'));
  mkdirSync(join(content, 'media'), { recursive: true });
  writeFileSync(join(content, 'media/huong-dan.pdf'), (await goodUploads())['ke-hoach.pdf']!);
  site = buildSite(content);
  if (!site.ok) throw new Error(site.output);
});

describe('CMS preview and page stay alike', () => {
  const data = () =>
    buildPreviewData(
      yamlFiles<UnitData>('units'),
      yamlFiles<BoardData>('hotlines').map(([, b]) => b),
      parseYaml(readFileSync(join(content, 'settings/site.yaml'), 'utf8')),
    );

  it('every block of the body (Markdown, Callout with a list, KeyDate, Download, HotlineCard, ReportSteps) has the page’s elements and classes', () => {
    const page = blocksOf(articleOf(readPage(site.outDir, `/bai-viet/${ARTICLE}/`)));
    const preview = blocksOf(previewArticle(data()));
    // The fixture uses every component, and the callout's list is a list on both sides.
    expect(page.length).toBeGreaterThanOrEqual(10);
    expect(page.flat().join('\n')).toMatch(
      /div\.[^\n]*\.border-alert[^\n]*\[role=note\]\n\s+p\.font-bold\n\s+div\.mt-1\n\s+ul\n\s+li/,
    );
    expect(preview).toEqual(page);
  });

  it('the article around the body has the page’s layout', () => {
    expect(shape([previewArticle(data())])).toEqual(shape([articleOf(readPage(site.outDir, `/bai-viet/${ARTICLE}/`))]));
  });

  it('without the boards the hotline card keeps its frame and says why, in Vietnamese', () => {
    const html = renderToStaticMarkup(h('div', null, ...renderBody('<HotlineCard unit="dien-bien" />', undefined)));
    expect(html).toContain('card my-4 border-2 border-alert');
    expect(html).toContain('Đang đọc bảng số điện thoại');
    const missing = renderToStaticMarkup(h('div', null, ...renderBody('<HotlineCard unit="khong-co" />', data())));
    expect(missing).toContain('Chưa có bảng số điện thoại cho đơn vị &quot;khong-co&quot;');
  });

  it('renders hostile Markdown as text: no raw HTML, no script addresses', () => {
    const body =
      '<Callout type="info">\n\n- <img src=x onerror="alert(1)"> một\n- [hai](javascript:alert(1)) <script>alert(2)</script>\n\n</Callout>';
    const html = renderToStaticMarkup(h('div', null, ...renderBody(body, undefined)));
    expect(html).toMatch(/<ul><li>/);
    expect(html).not.toMatch(/<img|<script|onerror|javascript:/i);
  });
});
