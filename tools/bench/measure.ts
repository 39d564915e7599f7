/**
 * Runs one site build as a child process and measures it from the outside: wall time, the time each log line
 * arrived (so phases can be cut from the log), and peak memory as the summed RSS of the whole process tree,
 * sampled from /proc (Astro, Vite workers, the Pagefind binary, anything the build spawns), or the kernel's own
 * record of the largest process's peak (VmHWM) when that is higher: a spike between two samples still counts.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface LogLine {
  /** Milliseconds since the build started. */
  t: number;
  text: string;
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Highest sum of RSS over the process tree, or the largest process's own peak (VmHWM) if higher, in bytes. */
  peakRssBytes: number;
  /** When that peak was sampled, in milliseconds since the build started. */
  peakAtMs: number;
  /** Most processes seen in the tree at once. */
  peakProcesses: number;
  lines: LogLine[];
}

export interface BuildOptions {
  projectRoot: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  buildDate: string;
  /** Extra environment for the build. */
  env?: Record<string, string>;
  /** How often memory is sampled. */
  sampleMs?: number;
  /** Told the build's process id as it starts (to sample several builds' memory together). */
  onSpawn?: (pid: number) => void;
}

const PAGE = 4096;

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading: it has no memory left to count.
    }
  }
  return children;
}

/** The peak resident memory (bytes) the kernel recorded for a process (VmHWM), 0 once it has ended. */
function highWaterMark(pid: number): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Summed resident memory (bytes) and process count of a process and all its descendants, and the highest peak
 * (VmHWM) any one of them has reached so far.
 */
export function treeRss(root: number): { bytes: number; processes: number; largestPeak: number } {
  const children = parentMap();
  let bytes = 0;
  let processes = 0;
  let largestPeak = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      // statm: size resident shared text lib data dt, in pages.
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      processes++;
      largestPeak = Math.max(largestPeak, highWaterMark(pid));
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes, largestPeak };
}

/**
 * Builds the site as `npm run build` does (tools/cli/build.ts: its locks, the staging folder swapped in at the end,
 * the site kept when nothing changed), under the current Node (the project's Node 24 when run through npm).
 */
export function runBuild(opts: BuildOptions): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(opts.projectRoot, 'tools/cli/build.ts')], {
    cwd: opts.projectRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Plain log lines: no colour codes to strip before parsing.
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      CONTENT_DIR: opts.contentDir,
      OUT_DIR: opts.outDir,
      CACHE_DIR: opts.cacheDir,
      BUILD_DATE: opts.buildDate,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) opts.onSpawn?.(child.pid);
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    createInterface({ input: stream }).on('line', (text) => lines.push({ t: performance.now() - started, text }));
  collect(child.stdout!);
  collect(child.stderr!);

  let peakRssBytes = 0;
  let peakAtMs = 0;
  let peakProcesses = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const { bytes, processes, largestPeak } = treeRss(child.pid);
    if (bytes > peakRssBytes) [peakRssBytes, peakAtMs] = [bytes, performance.now() - started];
    peakProcesses = Math.max(peakProcesses, processes);
    // A spike shorter than the sampling interval: counted, at the time of the sample that first saw it.
    if (largestPeak > peakRssBytes) [peakRssBytes, peakAtMs] = [largestPeak, performance.now() - started];
  };
  const timer = setInterval(sample, opts.sampleMs ?? 100);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      lines.sort((a, b) => a.t - b.t);
      resolve({ ok: code === 0, exitCode: code, wallMs, peakRssBytes, peakAtMs, peakProcesses, lines });
    });
  });
}
