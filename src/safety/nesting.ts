/**
 * A linear pre-check of how deeply an MDX body nests lists, block quotes and components/HTML elements, run before
 * any parser sees the body: the Markdown/MDX parsers recurse once per level, and a body nested a few hundred
 * levels deep overflowed their stack and killed the build process with no file named.
 */

/** The deepest nesting an editor needs; anything deeper is refused. */
export const MAX_NESTING = 20;

/** What nests too deeply. */
export type NestingKind = 'list' | 'quote' | 'element' | 'emphasis';

/** One place where a kind of nesting first goes deeper than the limit. */
export interface NestingProblem {
  kind: NestingKind;
  /** 1-based line in the text given. */
  line: number;
  depth: number;
}

/** Elements that never hold children. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const FENCE = /^\s*(`{3,}|~{3,})/;
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=\s|$)/y;
/** A run of emphasis markers that opens emphasis (text follows it): `***…x` nests one level per one or two marks. */
const EMPHASIS_RUN = /([*_~])\1+(?=[^\s*_~])/g;
/** A start or end tag; attribute values in quotes may hold `>` and span lines. Linear: the alternatives are disjoint. */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?=[\s/>])((?:[^<>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>/g;

/** Column and index of the first non-blank character from `from`, tabs counted as 4. */
function indentOf(line: string, from = 0): { column: number; index: number } {
  let column = 0;
  let index = from;
  for (; index < line.length; index++) {
    if (line[index] === ' ') column++;
    else if (line[index] === '\t') column += 4 - (column % 4);
    else break;
  }
  return { column, index };
}

/**
 * The first line where lists, block quotes or elements nest deeper than `limit`, one problem per kind. Linear in
 * the text's length: each line is read once for its container markers, and tags are matched once over the text.
 */
export function nestingProblems(text: string, limit = MAX_NESTING): NestingProblem[] {
  const found = new Map<NestingKind, NestingProblem>();
  const note = (kind: NestingKind, line: number, depth: number) => {
    if (depth > limit && !found.has(kind)) found.set(kind, { kind, line, depth });
  };
  const lines = text.split('\n');
  const listColumns: number[] = [];
  let fence: string | undefined;
  const codeLines = new Set<number>();
  lines.forEach((line, i) => {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      codeLines.add(i);
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      codeLines.add(i);
      return;
    }
    if (!/\S/.test(line)) return;
    if (/[*_~]{2}/.test(line))
      for (const run of line.matchAll(EMPHASIS_RUN)) note('emphasis', i + 1, Math.ceil(run[0].length / 2));
    // Container markers at the start of the line: "> > - > 1. text".
    let quotes = 0;
    let listsHere = 0;
    let at = 0;
    let firstColumn: number | undefined;
    for (;;) {
      const { column, index } = indentOf(line, at);
      if (line[index] === '>') {
        quotes++;
        at = index + 1;
      } else {
        LIST_MARKER.lastIndex = index;
        const marker = LIST_MARKER.exec(line)?.[0];
        if (!marker) break;
        if (listsHere === 0 && quotes === 0) firstColumn = column;
        listsHere++;
        at = index + marker.length;
      }
    }
    note('quote', i + 1, quotes);
    // Lists nest across lines by indentation: a marker indented past an open item's marker is inside it.
    const { column } = indentOf(line);
    while (listColumns.length > 0 && listColumns[listColumns.length - 1]! >= column) listColumns.pop();
    if (firstColumn !== undefined) listColumns.push(firstColumn);
    note('list', i + 1, listColumns.length + (firstColumn === undefined ? listsHere : listsHere - 1));
  });
  // Elements nest across lines: count open minus closed tags outside fenced code.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let depth = 0;
  let lineIndex = 0;
  for (const match of text.matchAll(TAG)) {
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= match.index) lineIndex++;
    if (codeLines.has(lineIndex)) continue;
    const [, closing, name, , selfClosing] = match;
    if (name!.endsWith(':')) continue; // an autolink such as <https://…>, not an element
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID.has(name!.toLowerCase())) note('element', lineIndex + 1, ++depth);
  }
  return [...found.values()].sort((a, b) => a.line - b.line);
}
