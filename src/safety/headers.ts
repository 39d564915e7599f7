/**
 * Reads a `_headers` file (written into the build from src/safety/header-table.ts) the way Cloudflare Pages applies it, so tests
 * can serve the build with exactly the headers a real host sends. Rules are read top to bottom; every rule whose
 * path pattern matches adds its headers; a header set twice is joined with ", "; `! Name` removes a header set by
 * an earlier rule. Patterns: `*` matches anything (including "/"), `:name` matches one path segment.
 */

export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detach) {
      rule.detach.push(detach[1]!.toLowerCase());
      continue;
    }
    const header = /^\s+([\w-]+):\s*(.*?)\s*$/.exec(line);
    if (!header) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line.trim()}"`);
    rule.set.push([header[1]!.toLowerCase(), header[2]!]);
  }
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers a request for `path` receives (names in lower case). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** A Content-Security-Policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
