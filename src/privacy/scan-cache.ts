/**
 * The files a build's privacy scan found clean, kept in the build cache folder (`<cacheDir>/privacy/`), so the next
 * build scans only what changed. A file counts as already scanned only under the same key: its path and text, the
 * bytes of every document it links, the public phones, officials' names and places the scan compares against, and
 * the digest of the site's code (the scanner and its word lists). A file with findings is never recorded, so it is
 * reported again by every build. Builds only: `astro dev` and the CLI scan in memory (gate.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { codeDigest } from '../utils/code-digest';
import { safeDecodeURIComponent } from '../utils/safe-decode';
import { isDocument } from './attachments';
import { mediaLinks, type readPublicData } from './guard';

type PublicData = ReturnType<typeof readPublicData>;

const FILE = 'clean-scans.json';

interface Store {
  dir: string;
  code: string;
  /** Keys read from the last build's record. */
  known: Set<string>;
  /** Keys found clean or confirmed in this build: what the record keeps (older versions of files drop out). */
  used: Set<string>;
}

let store: Store | undefined;
const publicDigests = new WeakMap<PublicData, string>();

/** Turns the record on for this process (a build), kept in `<cacheDir>/privacy/`, for the code under `projectRoot`. */
export function useScanRecord(cacheDir: string, projectRoot: string): void {
  const dir = join(cacheDir, 'privacy');
  if (store?.dir === dir) return;
  let known = new Set<string>();
  try {
    const saved: unknown = JSON.parse(readFileSync(join(dir, FILE), 'utf8'));
    // Data this module wrote, read as data: only strings of a hash's shape are kept.
    if (Array.isArray(saved)) known = new Set(saved.filter((k) => typeof k === 'string' && /^[0-9a-f]{64}$/.test(k)));
  } catch {
    // No record yet, or an unreadable one: every file is scanned.
  }
  store = { dir, code: codeDigest(projectRoot), known, used: new Set() };
}

function publicDigest(pub: PublicData): string {
  let digest = publicDigests.get(pub);
  if (!digest) {
    const hash = createHash('sha256');
    for (const list of [pub.phones, pub.officials, pub.places]) hash.update(JSON.stringify([...list].sort()));
    digest = hash.digest('hex');
    publicDigests.set(pub, digest);
  }
  return digest;
}

/** The key of one file's scan: undefined when no record is in use. Linked documents resolve as the scan resolves them. */
export function scanKey(file: string, raw: string, pub: PublicData, mediaDir: string): string | undefined {
  if (!store) return undefined;
  const hash = createHash('sha256').update(`${store.code}\0${publicDigest(pub)}\0${file}\0${raw}\0`);
  for (const path of mediaLinks(raw.normalize('NFC'))) {
    const name = safeDecodeURIComponent(path.slice('/media/'.length));
    const onDisk = name === undefined ? undefined : join(mediaDir, name);
    const readable =
      onDisk !== undefined && onDisk.startsWith(mediaDir + sep) && existsSync(onDisk) && isDocument(onDisk);
    hash.update(`${path}\0`).update(readable ? createHash('sha256').update(readFileSync(onDisk)).digest('hex') : '-');
  }
  return hash.digest('hex');
}

/** True when the last build found this key clean (and keeps it for the next). */
export function scannedClean(key: string | undefined): boolean {
  if (!store || !key || !store.known.has(key)) return false;
  store.used.add(key);
  return true;
}

/** Records a clean scan (written by saveScanRecord). */
export function recordClean(key: string | undefined): void {
  if (!store || !key) return;
  store.used.add(key);
  store.known.add(key);
}

/** Writes the record: every key this build used, so files edited since drop out. */
export function saveScanRecord(): void {
  if (!store) return;
  mkdirSync(store.dir, { recursive: true });
  const temporary = join(store.dir, `${FILE}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify([...store.used].sort()));
  renameSync(temporary, join(store.dir, FILE));
}
