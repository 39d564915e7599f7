/**
 * The MDX allow-list as an mdast plugin of Astro's MDX processor (Sätteri; the remark equivalent), registered
 * once in astro.config.mjs. It reads every MDX body the build compiles and fails the build with one error
 * listing the file, the line and the reason (in Vietnamese) for everything not allowed (see mdx-rules.ts).
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative } from 'node:path';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { mdxText } from '../i18n/safety';
import { nodeViolations, type RuleNode } from './mdx-rules';
import { contentDir } from '../utils/content-dir';
import { contentComponents } from '../content-model/components';

interface Located extends RuleNode {
  position?: { start: { line: number; column: number } };
}

/** One reason a body was rejected, with where it is. */
export interface MdxViolation {
  line?: number;
  column?: number;
  reason: string;
}

const KEY = 'mdxAllowListViolations';

function visit(node: Located, ctx: MdastVisitorContext): void {
  const found = (ctx.data[KEY] ??= []) as MdxViolation[];
  for (const reason of nodeViolations(node))
    found.push({ line: node.position?.start.line, column: node.position?.start.column, reason });
}

/** Formats violations of one file the way the build prints them: the file, then one line per violation. */
export function formatViolations(file: string, violations: MdxViolation[]): string {
  const lines = [...violations]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((v) => `  ${file}, ${mdxText.at(v.line, v.column)}: ${v.reason}`);
  return `${mdxText.heading(file)}\n${lines.join('\n')}\n  ${mdxText.fix(contentComponents.map((c) => c.name))}`;
}

/** The file as editors know it: relative to the content folder ("articles/bai-viet.mdx") when inside it. */
function displayPath(fileURL: URL | undefined): string {
  if (!fileURL) return '(mdx)';
  const path = fileURLToPath(fileURL);
  const inContent = relative(contentDir(), path);
  return inContent && !inContent.startsWith('..') && !isAbsolute(inContent) ? inContent : relative(process.cwd(), path);
}

/** The plugin: visitors record violations, and the `after` hook throws once per file when there are any. */
export const mdxAllowList: MdastPluginDefinition = {
  name: 'mdx-allow-list',
  options: { position: true },
  mdxjsEsm: (node, ctx) => visit(node as Located, ctx),
  mdxFlowExpression: (node, ctx) => visit(node as Located, ctx),
  mdxTextExpression: (node, ctx) => visit(node as Located, ctx),
  mdxJsxFlowElement: (node, ctx) => visit(node as unknown as Located, ctx),
  mdxJsxTextElement: (node, ctx) => visit(node as unknown as Located, ctx),
  html: (node, ctx) => visit(node as Located, ctx),
  link: (node, ctx) => visit(node as Located, ctx),
  image: (node, ctx) => visit(node as Located, ctx),
  definition: (node, ctx) => visit(node as Located, ctx),
  after: (_root, ctx) => {
    const found = ctx.data[KEY] as MdxViolation[] | undefined;
    if (!found?.length) return;
    throw new Error(formatViolations(displayPath(ctx.fileURL), found));
  },
};
