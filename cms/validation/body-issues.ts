/**
 * The MDX allow-list of the build (src/content-model/mdx-rules.ts), run on a body in the editor. The browser has no MDX
 * parser, so a small reader finds what the rules judge (component and HTML tags with their attributes, import/export
 * lines, {expressions}, links, images and link definitions) outside code, and hands each to the build's own
 * nodeViolations: same rules, same messages. Without the media folder, an upload's existence is left to the build.
 */
import { nodeViolations, type RuleNode } from '../../src/content-model/mdx-rules';
import { mdxText } from '../../src/i18n/safety';
import { editorCheckText } from '../../src/i18n/editor-checks';

/** One thing the reader found, where it starts in the body. */
interface Found {
  node: RuleNode;
  index: number;
}

/** Fenced code blocks and inline code spans, blanked (new lines kept), so nothing inside them is read as MDX. */
function blankCode(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  const out = lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      return ' '.repeat(line.length);
    }
    if (marker) {
      fence = marker;
      return ' '.repeat(line.length);
    }
    // `code` and ``code``: a run of backticks closed by a run of the same length.
    return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (m) => ' '.repeat(m.length));
  });
  return out.join('\n');
}

const NAME = /[A-Za-z][\w.:-]*/y;
const ATTRIBUTE_NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /\s*/y;

function readAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** The end of a {…} block starting at `at` (braces counted, strings not special), or -1 when it never closes. */
function braceEnd(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** A JSX start tag at `at` (text[at] is "<"): the node the MDX parser would make, and where the tag ends. */
function readTag(text: string, at: number): { node: RuleNode; end: number; open: boolean } | undefined {
  const name = readAt(NAME, text, at + 1);
  if (!name) return undefined;
  let i = at + 1 + name.length;
  const attributes: NonNullable<RuleNode['attributes']> = [];
  for (;;) {
    i += readAt(SPACE, text, i)!.length;
    if (text.startsWith('/>', i))
      return { node: { type: 'mdxJsxFlowElement', name, attributes }, end: i + 2, open: false };
    if (text[i] === '>') return { node: { type: 'mdxJsxFlowElement', name, attributes }, end: i + 1, open: true };
    if (text[i] === '{') {
      const end = braceEnd(text, i);
      if (end < 0) return undefined;
      attributes.push({ type: 'mdxJsxExpressionAttribute', value: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const attribute = readAt(ATTRIBUTE_NAME, text, i);
    if (!attribute) return undefined;
    i += attribute.length;
    i += readAt(SPACE, text, i)!.length;
    if (text[i] !== '=') {
      attributes.push({ type: 'mdxJsxAttribute', name: attribute, value: null });
      continue;
    }
    i += 1;
    i += readAt(SPACE, text, i)!.length;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      attributes.push({ type: 'mdxJsxAttribute', name: attribute, value: text.slice(i + 1, close) });
      i = close + 1;
    } else if (quote === '{') {
      const end = braceEnd(text, i);
      if (end < 0) return undefined;
      attributes.push({ type: 'mdxJsxAttribute', name: attribute, value: { type: 'mdxJsxAttributeValueExpression' } });
      i = end + 1;
    } else return undefined;
  }
}

/** Links and images `[text](url)`, `![alt](url)`, and definitions `[id]: url`. */
function readLinks(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(/(!?)\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^\s)>]*)/g)) {
    found.push({ node: { type: m[1] ? 'image' : 'link', url: m[2] }, index: m.index });
  }
  for (const m of text.matchAll(/^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*<?([^\s>]+)/gm)) {
    found.push({ node: { type: 'definition', url: m[1] }, index: m.index });
  }
  return found;
}

/** A start tag left open at the end of the body, or an end tag that closes nothing: the MDX parser stops on both. */
interface Unbalanced {
  name: string;
  index: number;
  kind: 'unclosed' | 'unopened';
}

/** Everything in a body the allow-list judges, outside code, and the tags that do not pair up. */
function readBody(text: string): { found: Found[]; unbalanced: Unbalanced[] } {
  const found: Found[] = readLinks(text);
  const open: { name: string; index: number }[] = [];
  const unbalanced: Unbalanced[] = [];
  // An import/export line is one ESM block; what it holds is not read again as text.
  text = text.replace(/^(?:import|export)\b[^\n]*/gm, (line, index: number) => {
    found.push({ node: { type: 'mdxjsEsm', value: line }, index });
    return ' '.repeat(line.length);
  });
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      const end = braceEnd(text, i);
      found.push({
        node: { type: 'mdxTextExpression', value: text.slice(i + 1, end < 0 ? text.length : end) },
        index: i,
      });
      // An expression never closed runs to the end of the body: nothing after it is read again.
      if (end < 0) break;
      i = end;
    } else if (c === '<' && text.startsWith('<!--', i)) {
      found.push({ node: { type: 'html' }, index: i });
    } else if (c === '<' && text[i + 1] === '/') {
      const name = readAt(NAME, text, i + 2);
      if (name === undefined) continue;
      const at = open.map((t) => t.name).lastIndexOf(name);
      if (at < 0) unbalanced.push({ name, index: i, kind: 'unopened' });
      else open.splice(at);
    } else if (c === '<') {
      const tag = readTag(text, i);
      if (tag) {
        found.push({ node: tag.node, index: i });
        if (tag.open) open.push({ name: tag.node.name!, index: i });
        i = tag.end - 1;
      }
    }
  }
  unbalanced.push(...open.map((t) => ({ ...t, kind: 'unclosed' as const })));
  return { found: found.sort((a, b) => a.index - b.index), unbalanced };
}

/** Line and column (1-based) of an index in the text. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** One reason the build refuses a body, where the build reports it (1-based line and column). */
export interface BodyViolation {
  line: number;
  column: number;
  reason: string;
}

/** The build's reasons for refusing a body, in order; empty when it is allowed. */
export function bodyViolations(body: string): BodyViolation[] {
  const text = blankCode(body.normalize('NFC'));
  const { found, unbalanced } = readBody(text);
  const violations = found.flatMap(({ node, index }) =>
    nodeViolations(node).map((reason) => ({ ...position(text, index), reason })),
  );
  // The build stops on these with the parser's own (English) error; the editor says it in Vietnamese.
  for (const tag of unbalanced)
    violations.push({ ...position(text, tag.index), reason: editorCheckText[tag.kind](tag.name) });
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The same as messages for the body field, each with its line as the build reports it. */
export function bodyIssues(body: string): string[] {
  return bodyViolations(body).map((v) => editorCheckText.inBody(mdxText.at(v.line, v.column), v.reason));
}
