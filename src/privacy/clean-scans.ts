/**
 * The privacy guard's record of clean scans, kept in the build cache folder (`privacy/clean-scans.json`), so a
 * build scans only the content files that changed since a build that found them clean. A scan is recorded under a
 * key over everything its verdict depends on: the file's name and text, what is public by design (the hotline
 * boards, units and site settings as written), the bytes of every uploaded document the file links to, and the
 * digest of the site's code (the guard, its word lists and every dependency). Only clean scans are recorded: a file
 * with findings is scanned again on every build. The record is read as data this module wrote, checked entry by
 * entry; anything else in it is ignored (the next build is then a full scan, and writes it afresh).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { buildCacheDir } from '../utils/cache-dir';
import { siteCodeDigest } from '../utils/code-digest';
import { safeDecodeURIComponent } from '../utils/safe-decode';
import { isDocument } from './attachments';
import type { PublicData } from './scan';

/** Where the record lives in the cache folder. */
export const CLEAN_SCANS_FILE = 'privacy/clean-scans.json';
/** A clean scan no build has used for this long is forgotten. */
const KEEP_MS = 14 * 24 * 60 * 60 * 1000;
const KEY = /^[0-9a-f]{64}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What one scan's verdict depends on, besides the code. */
export interface ScanInputs {
  file: string;
  raw: string;
  /** publicDataKey(): the public files as written. */
  publicKey: string;
  /** attachmentsKey(): the documents the file links to. */
  attachmentsKey: string;
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The key of one scan: its inputs and the code digest. */
export function scanKey(inputs: ScanInputs, codeDigest: string): string {
  return sha256('privacy-scan-1', codeDigest, inputs.file, inputs.raw, inputs.publicKey, inputs.attachmentsKey);
}

/** The key of the public files (the boards, units and settings the guard reads as public), from their names and bytes. */
export function publicDataKey(files: readonly { file: string; bytes: Uint8Array }[]): string {
  return sha256(...files.flatMap(({ file, bytes }) => [file, bytes]));
}

const documentDigests = new Map<string, { size: number; mtimeMs: number; digest: string }>();

/** The bytes' digest of an uploaded document, read once per process while its size and time are unchanged. */
function documentDigest(path: string): string {
  const stat = statSync(path);
  const known = documentDigests.get(path);
  if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) return known.digest;
  const digest = createHash('sha256').update(readFileSync(path)).digest('hex');
  documentDigests.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, digest });
  return digest;
}

/**
 * The key of the documents a file links to (`links`: its /media/… paths), each as the guard finds it
 * (guard.ts checkAttachment): its bytes when it is a document inside the media folder, or that it is none.
 */
export function attachmentsKey(links: readonly string[], mediaDir: string): string {
  return sha256(
    ...links.map((link) => {
      const name = safeDecodeURIComponent(link.slice('/media/'.length));
      const onDisk = name === undefined ? undefined : join(mediaDir, name);
      const scanned =
        onDisk !== undefined && onDisk.startsWith(mediaDir + sep) && existsSync(onDisk) && isDocument(onDisk);
      return `${link}\0${scanned && statSync(onDisk).isFile() ? documentDigest(onDisk) : '-'}`;
    }),
  );
}

/** The record of clean scans of one build cache folder. */
export class CleanScans {
  private readonly scans = new Map<string, number>();
  private public: { key: string; data: PublicData } | undefined;
  private changed = false;
  private readonly path: string;

  constructor(
    cacheDir: string,
    private readonly codeDigest: string,
  ) {
    this.path = join(cacheDir, CLEAN_SCANS_FILE);
    const record = readRecord(this.path);
    for (const [key, used] of Object.entries(record.scans)) this.scans.set(key, used);
    this.public = record.public;
  }

  /** Whether a scan with these inputs was found clean (and so is still clean); marks it used (once a day is enough). */
  has(inputs: ScanInputs): boolean {
    const key = scanKey(inputs, this.codeDigest);
    const used = this.scans.get(key);
    if (used === undefined) return false;
    if (Date.now() - used > DAY_MS) {
      this.scans.set(key, Date.now());
      this.changed = true;
    }
    return true;
  }

  /** What is public by design, as read from the public files of key `publicKey`: kept with the record, read when they changed. */
  publicData(publicKey: string, read: () => PublicData): PublicData {
    const key = scanKey({ file: '', raw: '', publicKey, attachmentsKey: '' }, this.codeDigest);
    if (this.public?.key !== key) {
      this.public = { key, data: read() };
      this.changed = true;
    }
    return this.public.data;
  }

  /** Records a clean scan. */
  add(inputs: ScanInputs): void {
    this.scans.set(scanKey(inputs, this.codeDigest), Date.now());
    this.changed = true;
  }

  /** Writes the record when it changed (to a new file renamed over the old: a reader never sees half of it). */
  save(): void {
    if (!this.changed) return;
    const now = Date.now();
    const scans = Object.fromEntries([...this.scans].filter(([, used]) => now - used < KEEP_MS));
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    const pub = this.public && {
      key: this.public.key,
      phones: [...this.public.data.phones],
      officials: [...this.public.data.officials],
      places: [...this.public.data.places],
    };
    writeFileSync(temporary, JSON.stringify({ version: 1, scans, public: pub }));
    renameSync(temporary, this.path);
    this.changed = false;
  }
}

/** A list of strings read back, or undefined when it is anything else. */
const strings = (value: unknown): Set<string> | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? new Set(value as string[]) : undefined;

/** The public data kept with the record, when it is what save() wrote. */
function readPublic(value: unknown): { key: string; data: PublicData } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, phones, officials, places } = value as Record<string, unknown>;
  const data = { phones: strings(phones), officials: strings(officials), places: strings(places) };
  if (typeof key !== 'string' || !KEY.test(key) || !data.phones || !data.officials || !data.places) return undefined;
  return { key, data: data as PublicData };
}

/** The record's entries, or none when the file is missing or is not a record this module wrote. */
function readRecord(path: string): { scans: Record<string, number>; public?: { key: string; data: PublicData } } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return { scans: {} };
  }
  if (typeof parsed !== 'object' || parsed === null) return { scans: {} };
  const { version, scans, public: pub } = parsed as { version?: unknown; scans?: unknown; public?: unknown };
  if (version !== 1 || typeof scans !== 'object' || scans === null) return { scans: {} };
  return {
    scans: Object.fromEntries(
      Object.entries(scans).filter(([key, used]) => KEY.test(key) && typeof used === 'number' && Number.isFinite(used)),
    ),
    public: readPublic(pub),
  };
}

let current: { cacheDir: string; record: CleanScans } | undefined;

/** The record of the build cache folder (CACHE_DIR), read once per process and folder. */
export function cleanScans(): CleanScans {
  const cacheDir = buildCacheDir(process.cwd());
  if (current?.cacheDir !== cacheDir)
    current = { cacheDir, record: new CleanScans(cacheDir, siteCodeDigest(process.cwd())) };
  return current.record;
}
