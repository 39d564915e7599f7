/**
 * The preview of `npm start` (`astro dev`) on a content folder, as an editor runs it: on a free port, with the
 * editor's environment (not the test runner's), its own output and cache folders, and a poll that waits for a page
 * to show a change (the dev server's log in the error when it never does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, TEST_TODAY } from './build';

export interface DevServer {
  origin: string;
  port: number;
  /** Polls `path` until its answer passes `ok`; fails after `seconds` with the last answer and the server's log. */
  waitFor(
    path: string,
    ok: (status: number, html: string) => boolean,
    seconds: number,
  ): Promise<{ status: number; html: string }>;
  /** Everything the server printed so far. */
  log(): string;
  /** Stops the server; resolves once it has exited (its port is free again). */
  stop(): Promise<void>;
}

/** A port nobody listens on now (other dev servers share this machine; Vite would silently move on). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

/** Where a dev server runs: by default a free port and new output and cache folders. */
export interface DevOptions {
  /** Holds the output and cache folders. */
  work?: string;
  port?: number;
}

/**
 * Starts `astro dev` on `contentDir` (BUILD_DATE pinned to the tests' day). Two servers started one after the other
 * with the same `work` and `port` run with the same Astro config, as two `npm start`s do.
 */
export async function startDev(contentDir: string, options: DevOptions = {}): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'portal-dev-'));
  const origin = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  // --ignore-lock: Astro 7 allows one tracked dev server per project, and an editor's `npm start` may be running.
  const dev: ChildProcess = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--ignore-lock',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: projectRoot,
      env: {
        ...env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: contentDir,
        OUT_DIR: join(work, 'dist'),
        CACHE_DIR: join(work, 'cache'),
        BUILD_DATE: TEST_TODAY,
      },
    },
  );
  let log = '';
  dev.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  dev.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  return {
    origin,
    port,
    log: () => log,
    stop: () =>
      new Promise<void>((done) => {
        if (dev.exitCode !== null || dev.signalCode !== null) return done();
        dev.once('exit', () => done());
        dev.kill('SIGTERM');
      }),
    async waitFor(path, ok, seconds) {
      const until = Date.now() + seconds * 1000;
      let last = '';
      for (;;) {
        const response = await fetch(origin + path, { headers: { accept: 'text/html' } }).catch(() => undefined);
        if (response) {
          const html = await response.text();
          if (ok(response.status, html)) return { status: response.status, html };
          last = `HTTP ${response.status}: ${html.slice(0, 500)}`;
        }
        if (dev.exitCode !== null) throw new Error(`The dev server stopped (exit ${dev.exitCode}). Its log:\n${log}`);
        if (Date.now() > until)
          throw new Error(`${path} never passed after ${seconds} s. Last answer: ${last}\nDev server log:\n${log}`);
        await new Promise((r) => setTimeout(r, 500));
      }
    },
  };
}
