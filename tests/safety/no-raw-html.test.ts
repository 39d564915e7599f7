/**
 * Strings from the CMS are never injected as raw HTML, and pages carry no inline code (what the strict CSP would
 * block, and what an editor's text could turn into script). Two gates: the source (site and CMS code) has no raw
 * HTML sink, and every built page has no inline script, inline style, event handler or javascript: URL.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoBuild } from '../helpers/demo';
import { projectRoot } from '../helpers/build';
import { pagePaths, readPage } from '../helpers/site-files';

/** Ways to turn a string into markup or code. */
const SINKS: [name: string, pattern: RegExp][] = [
  ['set:html', /\bset:html\b/],
  ['innerHTML', /\.innerHTML\s*[+]?=/],
  ['outerHTML', /\.outerHTML\s*[+]?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['eval', /(?<![.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['is:inline', /\bis:inline\b/],
  ['srcdoc', /\bsrcdoc\s*=/],
];

/** Raw-HTML sinks in a source text, as "line: sink". */
export function rawHtmlSinks(source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, i) => SINKS.filter(([, p]) => p.test(line)).map(([name]) => `${i + 1}: ${name}`));
}

/** Inline code in a built page, as "what: excerpt". */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = m;
    if (/\bsrc=/.test(attributes!) || /type="application\/(?:ld\+)?json"/.test(attributes!)) continue;
    if (body!.trim()) found.push(`inline script: ${body!.trim().slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) found.push(`inline stylesheet: ${m[0]}`);
  for (const m of html.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*["'][^"']*["']/gi))
    found.push(`style attribute: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/<[a-z][^>]*?\son[a-z]+\s*=/gi)) found.push(`event handler: ${m[0].slice(0, 80)}`);
  for (const m of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']\s*(?:javascript|vbscript|data):[^"']*/gi))
    found.push(`script URL: ${m[0].trim().slice(0, 80)}`);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts|tsx|js|mjs)$/.test(f))
    .map((f) => join(dir, f));
}

describe('no raw HTML from strings', () => {
  it('the site and the CMS code have no raw HTML sink', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('cms')];
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((f) =>
      rawHtmlSinks(readFileSync(join(projectRoot, f), 'utf8')).map((s) => `${f}:${s}`),
    );
    expect(found).toEqual([]);
  });

  it('every built page has no inline code', () => {
    const site = demoBuild();
    expect(site.ok, site.output).toBe(true);
    const pages = pagePaths(site.outDir).filter((p) => !p.startsWith('/admin/'));
    const found = pages.flatMap((p) => inlineCode(readPage(site.outDir, p)).map((s) => `${p}: ${s}`));
    expect(found).toEqual([]);
    // The CMS page too: its code is one bundled module, loaded from a file.
    expect(inlineCode(readPage(site.outDir, '/admin/'))).toEqual([]);
  });

  it('finds sinks and inline code (the gate can fail)', () => {
    const component = readFileSync(join(projectRoot, 'tests/fixtures/safety/raw-html/Unsafe.astro'), 'utf8');
    expect(rawHtmlSinks(component).map((s) => s.split(': ')[1])).toEqual([
      'set:html',
      'innerHTML',
      'dangerouslySetInnerHTML',
      'is:inline',
    ]);
    const page = readFileSync(join(projectRoot, 'tests/fixtures/safety/csp/index.html'), 'utf8');
    expect(inlineCode(page).map((s) => s.split(':')[0])).toEqual([
      'inline script',
      'inline stylesheet',
      'style attribute',
    ]);
    expect(inlineCode('<a href="javascript:alert(1)" onclick="x()">x</a>').map((s) => s.split(':')[0])).toEqual([
      'event handler',
      'script URL',
    ]);
  });
});
