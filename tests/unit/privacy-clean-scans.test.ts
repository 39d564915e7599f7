/**
 * The privacy guard's record of clean scans (src/privacy/clean-scans.ts): a later build skips a file found clean
 * only while everything its verdict depends on is unchanged. Each "build" here is a fresh copy of the gate's
 * modules (nothing remembered in memory), reading the record an earlier one wrote to the cache folder.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureSite } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { CLEAN_SCANS_FILE, CleanScans, scanKey, type ScanInputs } from '../../src/privacy/clean-scans';

const saved = { content: process.env.CONTENT_DIR, cache: process.env.CACHE_DIR };
let content: string;
let cache: string;
/** How many files the guard scanned in the last build (a file found in the record is not scanned). */
let scans = 0;

const ARTICLE = 'articles/tin-moi.mdx';
const BOARD = 'hotlines/to-dan-pho-1.yaml';
const NOTE = 'media/ghi-chu.txt';
const CCCD = 'căn cước công dân số 038095004821';

function write(file: string, text: string): void {
  mkdirSync(join(content, file, '..'), { recursive: true });
  writeFileSync(join(content, file), text);
}

/** One build's privacy pass over the articles, by a fresh copy of the gate (its scans counted). */
async function build(): Promise<string[]> {
  vi.resetModules();
  scans = 0;
  vi.doMock('../../src/privacy/guard', async (importOriginal) => {
    const guard = await importOriginal<typeof import('../../src/privacy/guard')>();
    return {
      ...guard,
      checkFile: (...args: Parameters<typeof guard.checkFile>) => {
        scans++;
        return guard.checkFile(...args);
      },
    };
  });
  const { collectionProblems } = await import('../../src/privacy/gate');
  return collectionProblems(join(content, 'articles'), '**/*.mdx').map((p) => `${p.where}: ${p.text}`);
}

beforeEach(() => {
  content = overlay(fixtureSite('dien-bien'));
  cache = mkdtempSync(join(tmpdir(), 'portal-cache-'));
  process.env.CONTENT_DIR = content;
  process.env.CACHE_DIR = cache;
  write(NOTE, 'Ghi chú buổi tuyên truyền ở tổ dân phố số 1.\n');
  write(
    ARTICLE,
    [
      '---',
      'title: Tin mới',
      '---',
      '',
      'Gọi tổ trưởng tổ dân phố số 1 theo số 0912 000 201. Xem [ghi chú](/media/ghi-chu.txt).',
      '',
    ].join('\n'),
  );
});

afterEach(() => {
  vi.doUnmock('../../src/privacy/guard');
  for (const [name, value] of [
    ['CONTENT_DIR', saved.content],
    ['CACHE_DIR', saved.cache],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

describe('a clean scan is reused by the next build', () => {
  it('when nothing changed: no file is scanned again', async () => {
    expect(await build()).toEqual([]);
    expect(scans).toBeGreaterThan(1);
    expect(await build()).toEqual([]);
    expect(scans).toBe(0);
  });

  it('but a file whose text changed is scanned again', async () => {
    await build();
    write(ARTICLE, `${readFileSync(join(content, ARTICLE), 'utf8')}\nNgười này khai ${CCCD}.\n`);
    expect((await build()).join('\n')).toContain('038095004821');
    expect(scans).toBe(1);
  });
});

describe('the record never hides personal data that reaches a file without its text changing', () => {
  it('through a linked document whose content changed', async () => {
    expect(await build()).toEqual([]);
    write(NOTE, `Người báo tin: ${CCCD}.\n`);
    expect((await build()).join('\n')).toMatch(/ghi-chu\.txt.*038095004821/);
  });

  it('through a hotline board that no longer lists a number the file gives', async () => {
    expect(await build()).toEqual([]);
    write(BOARD, readFileSync(join(content, BOARD), 'utf8').replace('0912 000 201', '0912 000 202'));
    expect((await build()).join('\n')).toContain('0912 000 201');
  });

  it('through a change of the code (the guard, its word lists, a dependency)', () => {
    const inputs: ScanInputs = { file: join(content, ARTICLE), raw: 'x', publicKey: 'p', attachmentsKey: 'a' };
    const record = new CleanScans(cache, 'code 1');
    record.add(inputs);
    record.save();
    expect(new CleanScans(cache, 'code 1').has(inputs)).toBe(true);
    expect(new CleanScans(cache, 'code 2').has(inputs)).toBe(false);
  });

  it('keys every input of a scan', () => {
    const inputs: ScanInputs = { file: 'a.mdx', raw: 'text', publicKey: 'boards', attachmentsKey: 'documents' };
    const key = scanKey(inputs, 'code');
    for (const field of ['file', 'raw', 'publicKey', 'attachmentsKey'] as const)
      expect(scanKey({ ...inputs, [field]: `${inputs[field]}!` }, 'code'), field).not.toBe(key);
  });
});

describe('the record is data the guard wrote, or nothing', () => {
  it.each([
    ['not JSON', '{"version":1,'],
    ['another shape', '[1,2,3]'],
    ['null', 'null'],
    ['keys that are not digests', JSON.stringify({ version: 1, scans: { 'tin-moi.mdx': Date.now() } })],
    [
      'public data of another shape',
      JSON.stringify({ version: 1, scans: {}, public: { key: '0'.repeat(64), phones: 5, officials: [1], places: {} } }),
    ],
  ])('%s: every file is scanned', async (_, text) => {
    mkdirSync(join(cache, CLEAN_SCANS_FILE, '..'), { recursive: true });
    writeFileSync(join(cache, CLEAN_SCANS_FILE), text);
    expect(await build()).toEqual([]);
    expect(scans).toBeGreaterThan(1);
    expect(JSON.parse(readFileSync(join(cache, CLEAN_SCANS_FILE), 'utf8')).version).toBe(1);
  });
});
