/**
 * What editors see of `astro build`: Astro wraps every error in English (`[InvalidContentEntryDataError] …`,
 * `Hint:`, `Error reference:` with a docs link, `Location:` with an absolute path, `Stack trace:`). The build's own
 * messages are Vietnamese and name the file; this keeps them and drops the wrapper, line by line, while the build
 * runs. `DEBUG=1 npm run build` shows the original output untouched.
 */
import { spawn } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { astroOutputText } from '../../src/i18n/safety.ts';

/** Astro's section headers whose indented lines are for developers only. */
const DEVELOPER_SECTION = /^(\s*)(?:Location|Stack trace|Error reference|Hint|Code|Frame|Caused by):\s*$/;
/** An error heading: `[ERROR] [content] [InvalidContentEntryDataError] message` (time and tags optional). */
const ERROR_HEADING = /^(?:\d\d:\d\d:\d\d\s+)?(?:\[ERROR\]\s+)?(?:\[[\w:@/.-]+\]\s+)*\[(\w*Error)\]\s*(.*)$/;
/** `[ERROR] [posters] An unhandled error occurred while running the "astro:build:done" hook`: Astro's framing. */
const HOOK_FRAMING = /An unhandled error occurred while running the ".*" hook/;
const ENTRY_INVALID = /^(.+?) → (.+?) (?:data|frontmatter) does not match collection schema\.?$/;
const STACK_LINE = /^\s+at\s/;
const DOCS_LINK = /https:\/\/docs\.astro\.build/;

/** Filters Astro's output one line at a time (lines without their newline); keeps state across lines. */
export class AstroOutputFilter {
  private skipIndent: number | undefined;
  private pending: { entry: string; lines: string[]; file?: string; capture: boolean } | undefined;
  private readonly contentDir: string;

  constructor(contentDir: string) {
    this.contentDir = resolve(contentDir);
  }

  /** The lines to show for one line of Astro's output. */
  line(raw: string): string[] {
    const text = raw.replace(/\r$/, '');
    const indent = /^\s*/.exec(text)![0].length;
    if (this.skipIndent !== undefined) {
      if (text.trim() !== '' && indent > this.skipIndent) {
        if (this.pending?.capture) this.pending.file ??= this.shownFile(text.trim());
        return [];
      }
      this.skipIndent = undefined;
      if (this.pending) this.pending.capture = false;
    }
    const section = DEVELOPER_SECTION.exec(text);
    if (section) {
      // Astro prints an error's cause at the indent of its "Caused by:" line, not deeper: skipped up to a blank line.
      this.skipIndent = section[1]!.length - (/Caused by/.test(text) ? 1 : 0);
      if (this.pending && /Location/.test(text)) this.pending.capture = true;
      return [];
    }
    if (STACK_LINE.test(text) || DOCS_LINK.test(text) || HOOK_FRAMING.test(text)) return [];
    const heading = ERROR_HEADING.exec(text);
    if (heading) {
      const out = this.flush();
      const entry = ENTRY_INVALID.exec(heading[2]!.trim());
      if (entry) {
        this.pending = { entry: `${entry[1]}/${entry[2]}`, lines: [], capture: false };
        return out;
      }
      return heading[2]!.trim() ? [...out, heading[2]!.trim()] : out;
    }
    if (this.pending) {
      // The block of an error heading: indented lines and blank lines, until a line starts at the margin.
      if (text.trim() === '') return [];
      if (indent > 0) {
        this.pending.lines.push(text);
        return [];
      }
      return [...this.flush(), text];
    }
    return [text];
  }

  /** Lines still held back (an error heading waiting for its file): call at the end of the output. */
  flush(): string[] {
    const pending = this.pending;
    if (!pending) return [];
    this.pending = undefined;
    const heading = pending.file
      ? astroOutputText.invalidEntry(pending.file)
      : astroOutputText.invalidEntryUnknownFile(pending.entry);
    return [heading, ...pending.lines];
  }

  /** A location ("/abs/content/articles/x.mdx:0:0") as a path relative to the content folder. */
  private shownFile(location: string): string {
    const path = location.replace(/:\d+:\d+$/, '');
    const rel = relative(this.contentDir, path);
    return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
  }
}

/** Astro's whole output as editors see it. */
export function filterAstroOutput(output: string, contentDir: string): string {
  const filter = new AstroOutputFilter(contentDir);
  const lines = output.split('\n').flatMap((line) => filter.line(line));
  return [...lines, ...filter.flush()].join('\n');
}

/** How a child process ended. */
export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs Node with the given arguments (Astro's CLI), passing its stdout and stderr through the filter as they come,
 * or untouched when DEBUG is set; a child killed by a signal (a crash) is reported in Vietnamese.
 */
export function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const debug = Boolean(env.DEBUG);
  const contentDir = env.CONTENT_DIR || 'content';
  const child = spawn(process.execPath, args, {
    env,
    stdio: ['inherit', debug ? 'inherit' : 'pipe', debug ? 'inherit' : 'pipe'],
  });
  const pipe = (from: NodeJS.ReadableStream | null, to: NodeJS.WritableStream) => {
    if (!from) return;
    const filter = new AstroOutputFilter(contentDir);
    let rest = '';
    from.setEncoding('utf8');
    from.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines.flatMap((l) => filter.line(l))) to.write(`${line}\n`);
    });
    from.on('end', () => {
      for (const line of [...(rest ? filter.line(rest) : []), ...filter.flush()]) to.write(`${line}\n`);
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  // Ctrl-C or SIGTERM to the build stops Astro too, before the build lock is released (tools/cli/build-lock.ts).
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((done) => {
    child.on('close', (status, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      if (signal) process.stderr.write(`\n${astroOutputText.crashed(signal)}\n`);
      if (status !== 0 && !debug) process.stderr.write(`\n${astroOutputText.debugHint}\n`);
      done({ status, signal });
    });
  });
}
