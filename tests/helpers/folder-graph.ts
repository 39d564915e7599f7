/**
 * The folder-level import graph of the project: every import of every source file under src/, cms/ and tools/,
 * read with TypeScript's own pre-processor (.astro files: their front matter and their scripts), folded into one
 * node per top-level folder of src/ (plus `cms` and `tools`), with the files behind each edge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Source files whose imports count. */
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro)$/;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_SRC = /\bsrc\s*=\s*["']([^"']+)["']/;

/** The module specifiers a TypeScript or JavaScript text imports (static, dynamic, re-exports, require). */
export function importsOfCode(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The module specifiers an .astro file imports: its front matter, its inline scripts and its `<script src>`. */
export function importsOfAstro(text: string): string[] {
  const found = importsOfCode(FRONT_MATTER.exec(text)?.[1] ?? '');
  for (const [, attributes, body] of text.matchAll(SCRIPT)) {
    const src = SCRIPT_SRC.exec(attributes ?? '')?.[1];
    if (src) found.push(src);
    else found.push(...importsOfCode(body ?? ''));
  }
  return found;
}

/** Every source file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The node a project file belongs to: `cms`, `tools`, a top-level folder of src/, `src` for src/'s own files; undefined outside. */
export function nodeOf(root: string, file: string): string | undefined {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'cms' || parts[0] === 'tools') return parts[0];
  if (parts[0] !== 'src') return undefined;
  return parts.length > 2 ? parts[1] : 'src';
}

/** One folder-level edge and the imports behind it ("src/a/x.ts → ../b/y"). */
export interface FolderEdge {
  from: string;
  to: string;
  files: string[];
}

/** The folder graph of the project at `root`: edge key "from→to" to its importing files. */
export function folderGraph(root: string): Map<string, FolderEdge> {
  const edges = new Map<string, FolderEdge>();
  for (const top of ['src', 'cms', 'tools']) {
    for (const file of sourceFiles(join(root, top))) {
      const from = nodeOf(root, file)!;
      const text = readFileSync(file, 'utf8');
      const specifiers = file.endsWith('.astro') ? importsOfAstro(text) : importsOfCode(text);
      for (const specifier of specifiers) {
        if (!specifier.startsWith('.')) continue; // a package, or a public URL (`<script src="/…">`)
        const target = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
        const to = nodeOf(root, target);
        if (!to || to === from) continue;
        const key = `${from}→${to}`;
        const edge = edges.get(key) ?? { from, to, files: [] };
        edge.files.push(`${relative(root, file)} → ${specifier}`);
        edges.set(key, edge);
      }
    }
  }
  return edges;
}

/**
 * The cycles of the graph: for every edge that lies on a cycle, the shortest way back, as a list of nodes
 * starting and ending at the same node ("a → b → a"); each cycle once, whichever node it is read from.
 */
export function folderCycles(edges: Map<string, FolderEdge>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges.values()) next.set(from, [...(next.get(from) ?? []), to]);
  const shortestPath = (start: string, goal: string): string[] | undefined => {
    const previous = new Map<string, string>([[start, start]]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.shift()!;
      if (node === goal) {
        const path = [goal];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      for (const n of next.get(node) ?? []) {
        if (previous.has(n)) continue;
        previous.set(n, node);
        queue.push(n);
      }
    }
    return undefined;
  };
  const cycles = new Map<string, string[]>();
  for (const { from, to } of edges.values()) {
    const back = shortestPath(to, from);
    if (!back) continue;
    const ring = [from, ...back.slice(0, -1)];
    // The same ring read from its smallest node, so a → b → a and b → a → b count once.
    const first = ring.indexOf([...ring].sort()[0]!);
    const canonical = [...ring.slice(first), ...ring.slice(0, first)];
    cycles.set(canonical.join('→'), [...canonical, canonical[0]!]);
  }
  return [...cycles.values()].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}
