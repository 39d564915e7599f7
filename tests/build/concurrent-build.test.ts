/**
 * One build at a time per output folder. Two `npm run build` started together for the same OUT_DIR: the second waits
 * (and says so), both succeed, and the published folder is complete with nothing left beside it once the replaced
 * site is deleted. A build stopped by SIGTERM stops Astro and releases its lock. A lock left by a killed build (its
 * process gone) is reported and taken over, with the killed build's staging folder removed. The lock module's
 * waiting limit and age limit are checked directly (no build needed).
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureSite, projectRoot, TEST_TODAY } from '../helpers/build';
import { acquireBuildLock, lockPath } from '../../tools/cli/build-lock';

const WAITING = 'Đang chờ bản xây dựng khác…';

/** Runs `npm run build` (tools/cli/build.ts with the project's Node) for the fixture commune into outDir. */
function runBuild(
  outDir: string,
  cacheDir: string,
  onStart?: (child: ChildProcess) => void,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(projectRoot, 'tools/cli/build.ts')], {
      cwd: projectRoot,
      env: {
        ...process.env,
        CONTENT_DIR: fixtureSite('dien-bien'),
        OUT_DIR: outDir,
        CACHE_DIR: cacheDir,
        BUILD_DATE: TEST_TODAY,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
    onStart?.(child);
  });
}

/** The published folder has every file a host needs, and every page the sitemap lists. */
function expectComplete(outDir: string) {
  for (const file of ['index.html', '404.html', '_headers', 'pagefind/pagefind.js', 'sitemap-index.xml'])
    expect(existsSync(join(outDir, file)), file).toBe(true);
  const sitemaps = [...readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  const pages = sitemaps.flatMap((path) =>
    [...readFileSync(join(outDir, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      decodeURIComponent(new URL(m[1]!).pathname),
    ),
  );
  expect(pages.length).toBeGreaterThan(10);
  for (const page of pages)
    expect(existsSync(join(outDir, page.endsWith('/') ? `${page}index.html` : page)), page).toBe(true);
}

/** Folders and files beside the output folder other than itself: staging, previous, lock. */
const besides = (outDir: string) => readdirSync(join(outDir, '..')).filter((name) => name.startsWith('dist.'));

/** A pid that belonged to a process of this machine which has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('one build at a time per output folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'concurrent-build-'));
  const site = join(work, 'site');
  const outDir = join(site, 'dist');
  mkdirSync(site);

  it('two builds started together: the second waits, both succeed, the site is complete, nothing is left beside it', async () => {
    const [a, b] = await Promise.all([
      runBuild(outDir, join(work, 'cache-a')),
      runBuild(outDir, join(work, 'cache-b')),
    ]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const waited = [a, b].filter((run) =>
      new RegExp(`${WAITING} \\(tiến trình \\d+ .*dist\\.lock\\)`).test(run.output),
    );
    expect(waited.length, `${a.output}\n${b.output}`).toBe(1);
    expectComplete(outDir);
    // The replaced site is deleted in the background once the new one is in place (tools/cli/staging.ts).
    await expect.poll(() => besides(outDir), { timeout: 60_000, interval: 500 }).toEqual([]);
  }, 600_000);

  it('a lock left by a killed build is reported and taken over; its staging folder is removed', async () => {
    const pid = deadPid();
    writeFileSync(
      lockPath(outDir),
      JSON.stringify({ pid, host: hostname(), startedAt: '2026-11-23T01:00:00.000Z', token: 'killed' }),
    );
    mkdirSync(`${outDir}.staging-${pid}-killed`);
    writeFileSync(`${outDir}.staging-${pid}-killed/index.html`, 'half');
    const run = await runBuild(outDir, join(work, 'cache-c'));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(
      new RegExp(
        `Khóa cũ .*dist\\.lock \\(tiến trình ${pid} trên máy .*\\) thuộc về một tiến trình đã dừng: lấy lại khóa`,
      ),
    );
    expectComplete(outDir);
    // The replaced site is deleted in the background once the new one is in place (tools/cli/staging.ts).
    await expect.poll(() => besides(outDir), { timeout: 60_000, interval: 500 }).toEqual([]);
  }, 600_000);

  it('a build stopped with SIGTERM stops Astro, releases the lock and leaves the published site as it was', async () => {
    const published = readFileSync(join(outDir, 'index.html'), 'utf8');
    const run = await runBuild(outDir, join(work, 'cache-d'), (child) => {
      // Stopped once Astro is writing into its staging folder.
      const timer = setInterval(() => {
        if (besides(outDir).some((name) => name.startsWith('dist.staging-'))) {
          clearInterval(timer);
          child.kill('SIGTERM');
        }
      }, 100);
      child.on('close', () => clearInterval(timer));
    });
    expect(run.code).not.toBe(0);
    await new Promise((wait) => setTimeout(wait, 3000));
    expect(besides(outDir)).toEqual([]);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(published);
  }, 600_000);
});

describe('the build lock', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'build-lock-')), 'dist');

  it('a live holder makes the next build wait, then fail with the holder named; released, it can be taken', async () => {
    const held = await acquireBuildLock(outDir);
    const lines: string[] = [];
    await expect(acquireBuildLock(outDir, { waitMs: 300, pollMs: 50, log: (l) => lines.push(l) })).rejects.toThrow(
      new RegExp(
        `^Dừng: đã chờ 0 giây mà bản xây dựng khác \\(tiến trình ${process.pid} trên máy .*xóa tệp khóa .*dist\\.lock`,
      ),
    );
    expect(lines).toEqual([expect.stringMatching(/^Đang chờ bản xây dựng khác… \(tiến trình \d+ /)]);
    held.release();
    expect(existsSync(lockPath(outDir))).toBe(false);
    const again = await acquireBuildLock(outDir, { waitMs: 0 });
    again.release();
  });

  it('a lock older than the limit is taken over even if its pid is alive (pid reused)', async () => {
    writeFileSync(
      lockPath(outDir),
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-22T00:00:00.000Z', token: 'old' }),
    );
    const old = new Date(Date.now() - 4 * 3600_000);
    utimesSync(lockPath(outDir), old, old);
    const lines: string[] = [];
    const lock = await acquireBuildLock(outDir, { waitMs: 0, log: (l) => lines.push(l) });
    expect(lines).toEqual([expect.stringMatching(/^Khóa cũ .* đã quá 180 phút: lấy lại khóa/)]);
    expect(JSON.parse(readFileSync(lockPath(outDir), 'utf8')).token).toBe(lock.owner.token);
    lock.release();
  });
});
