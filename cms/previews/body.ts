/**
 * An MDX body as the page shows it: Markdown rendered safely (cms/previews/markdown.ts) and each content component
 * written by the CMS (src/content-model/component-syntax.ts) replaced by its preview.
 */
import { cloneElement, isValidElement, type ReactNode } from 'react';
import { contentComponents } from '../../src/content-model/components';
import { blockPattern, fromBlock } from '../../src/content-model/component-syntax';
import { componentPreview } from './components';
import { renderMarkdown } from './markdown';
import type { PreviewData } from './site-data';

const patterns = contentComponents.map((component) => ({ component, pattern: blockPattern(component) }));

/** The body's blocks in order, components included. */
export function renderBody(source: string, data: PreviewData | undefined): ReactNode[] {
  const out: ReactNode[] = [];
  let markdown = '';
  let rest = source.replace(/\r\n?/g, '\n');
  const flush = () => {
    if (markdown.trim()) out.push(...renderMarkdown(markdown));
    markdown = '';
  };
  while (rest.length > 0) {
    // A component starts a line; anything else up to the end of the line is Markdown.
    const found = rest.startsWith('<')
      ? patterns.map((p) => ({ ...p, match: rest.match(p.pattern) })).find((p) => p.match)
      : undefined;
    if (found?.match) {
      flush();
      out.push(componentPreview(found.component, fromBlock(found.component, found.match), data, out.length));
      rest = rest.slice(found.match[0].length);
      continue;
    }
    const end = rest.indexOf('\n');
    markdown += end === -1 ? rest : rest.slice(0, end + 1);
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  flush();
  // Each block gets its place as its key: the Markdown parts and the components count from 0 on their own.
  return out.map((node, key) => (isValidElement(node) ? cloneElement(node, { key }) : node));
}
