/**
 * One build at a time per output folder. The lock is a file next to OUT_DIR (`dist.lock`) naming its owner (pid, host,
 * start time); it appears complete and atomically (written aside, then hard-linked into place, which fails if it
 * exists). A second build waits for it, then fails clearly; a lock whose process is gone (same host) or that is older
 * than a limit is reported and taken over. A build also holds its checkout's lock (`.astro/build.lock`, see lockBuild).
 */
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildLockText } from '../../src/i18n/operations.ts';

/** Who holds a lock. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** Distinguishes this holder from a later process that got the same pid. */
  token: string;
}

export interface LockOptions {
  /** How long a second build waits before it fails (default BUILD_LOCK_WAIT_SECONDS, else 30 minutes). */
  waitMs?: number;
  /** Age after which a lock counts as stale whatever its process (default BUILD_LOCK_STALE_MINUTES, else 3 hours). */
  staleMs?: number;
  /** Time between two looks at the lock. */
  pollMs?: number;
  /** Where messages go (stderr by default). */
  log?: (line: string) => void;
}

/** A held lock. */
export interface BuildLock {
  path: string;
  owner: LockOwner;
  /** Removes the lock if it is still this build's; safe to call more than once, and from an exit handler. */
  release: () => void;
}

/** The lock file of an output folder. */
export const lockPath = (outDir: string) => `${outDir}.lock`;

function envNumber(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process of this host is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const describe = (owner: LockOwner | undefined) =>
  owner ? buildLockText.owner(owner.pid, owner.host, owner.startedAt) : buildLockText.unreadable;

/** Why the lock at path is stale, or undefined while its holder may still be building. */
function staleness(path: string, owner: LockOwner | undefined, staleMs: number): string | undefined {
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  if (owner && owner.host === hostname() && !alive(owner.pid)) return buildLockText.staleDead;
  if (age > staleMs) return buildLockText.staleOld(Math.round(staleMs / 60_000));
  return undefined;
}

/** Places a complete lock file at path, atomically; false if one is already there. */
function tryPlace(path: string, owner: LockOwner): boolean {
  const aside = `${path}.${owner.pid}-${owner.token}`;
  writeFileSync(aside, JSON.stringify(owner));
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

/**
 * Removes a stale lock, unless another build took it over first: the removal itself is guarded by a short-lived
 * second lock, and the lock is read again under it.
 */
function takeOver(path: string, stale: LockOwner | undefined, self: LockOwner): void {
  const guard = `${path}.takeover`;
  try {
    if (Date.now() - statSync(guard).mtimeMs > 30_000) unlinkSync(guard);
  } catch {
    // no leftover guard
  }
  if (!tryPlace(guard, self)) return;
  try {
    if (readOwner(path)?.token === stale?.token) unlinkSync(path);
  } catch {
    // already gone
  } finally {
    unlinkSync(guard);
  }
}

/** Waits for and takes the lock of an output folder; throws (Vietnamese message) when the wait runs out. */
export async function acquireBuildLock(outDir: string, options: LockOptions = {}): Promise<BuildLock> {
  const path = lockPath(outDir);
  const waitMs = options.waitMs ?? (envNumber('BUILD_LOCK_WAIT_SECONDS') ?? 1800) * 1000;
  const staleMs = options.staleMs ?? (envNumber('BUILD_LOCK_STALE_MINUTES') ?? 180) * 60_000;
  const pollMs = options.pollMs ?? 1000;
  const log = options.log ?? ((line: string) => console.error(line));
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (tryPlace(path, owner)) break;
    const holder = readOwner(path);
    const why = staleness(path, holder, staleMs);
    if (why) {
      log(buildLockText.stale(path, describe(holder), why));
      takeOver(path, holder, owner);
      await sleep(Math.min(pollMs, 100));
      continue;
    }
    if (Date.now() >= deadline)
      throw new Error(buildLockText.timedOut(path, describe(holder), Math.round(waitMs / 1000)));
    if (!told) log(buildLockText.waiting(path, describe(holder)));
    told = true;
    await sleep(pollMs);
  }
  let held = true;
  return {
    path,
    owner,
    release: () => {
      if (!held) return;
      held = false;
      if (readOwner(path)?.token === owner.token) unlinkSync(path);
    },
  };
}

/**
 * Every lock a build of outDir needs: its own, then the checkout's. Astro writes files of every build into the
 * project's `.astro/` whatever the output folder (generated content modules and types; prerender chunks, which it
 * deletes after rendering, when the output folder is outside the project), so two builds from one checkout break
 * each other even with different output folders. The checkout's lock is always taken second, so two builds can never
 * wait on each other.
 */
export async function lockBuild(outDir: string, options: LockOptions = {}): Promise<BuildLock> {
  const own = await acquireBuildLock(outDir, options);
  try {
    const checkout = await acquireBuildLock(resolve('.astro/build'), options);
    return { ...own, release: () => (checkout.release(), own.release()) };
  } catch (error) {
    own.release();
    throw error;
  }
}
