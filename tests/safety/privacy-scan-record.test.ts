/**
 * The privacy scan's record between builds (src/privacy/scan-cache.ts): a build skips a file the last build found
 * clean only under the same text, linked documents, public data and code; anything else is scanned again, and a
 * file with findings is never recorded. Each "build" here is a fresh copy of the gate's modules (vi.resetModules),
 * as each real build is a fresh process.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';
import { writePdf } from './documents';

const ARTICLE =
  '---\ntitle: "Kế hoạch tuyên truyền năm 2027"\nsummary: "Kế hoạch của phường."\npublishDate: 2026-11-01\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\nPhường triển khai kế hoạch tuyên truyền.\n\n<Download href="/media/ke-hoach.pdf" label="Kế hoạch" />\n';
const FINDING = '\nAnh Giáp Văn Cương đang cai nghiện ma túy tại nhà.\n';

let content: string;
let cache: string;
let savedContentDir: string | undefined;

/** One build's scan of the articles folder, with the record in `cache`: the problems' texts. */
async function scanArticles(): Promise<string[]> {
  vi.resetModules();
  const { useScanRecord } = await import('../../src/privacy/scan-cache');
  const { collectionProblems } = await import('../../src/privacy/gate');
  useScanRecord(cache, projectRoot);
  return collectionProblems(join(content, 'articles'), '**/*.mdx').map((p) => p.text);
}

const recorded = () => JSON.parse(readFileSync(join(cache, 'privacy/clean-scans.json'), 'utf8')) as string[];

beforeEach(async () => {
  savedContentDir = process.env.CONTENT_DIR;
  content = overlay(fixtureSite('dien-bien'));
  process.env.CONTENT_DIR = content;
  cache = mkdtempSync(join(tmpdir(), 'scan-record-'));
  mkdirSync(join(content, 'media'), { recursive: true });
  await writePdf(join(content, 'media/ke-hoach.pdf'), [['Kế hoạch tuyên truyền năm 2027']], { Title: 'Kế hoạch' });
  writeFileSync(join(content, 'articles/ke-hoach.mdx'), ARTICLE);
});

afterEach(() => {
  if (savedContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedContentDir;
});

describe('privacy scan record', () => {
  it('records every clean file, and trusts the record for a file whose key it holds', async () => {
    expect(await scanArticles()).toEqual([]);
    const clean = recorded();
    expect(clean.length).toBeGreaterThan(1);

    // A record claiming a file with a finding is clean is believed (the record is what makes a rebuild fast)...
    vi.resetModules();
    const { useScanRecord, scanKey } = await import('../../src/privacy/scan-cache');
    const { readPublicData } = await import('../../src/privacy/guard');
    useScanRecord(cache, projectRoot);
    const dirty = join(content, 'articles/ke-hoach.mdx');
    appendFileSync(dirty, FINDING);
    const key = scanKey(dirty, readFileSync(dirty, 'utf8'), readPublicData(content), join(content, 'media'));
    writeFileSync(join(cache, 'privacy/clean-scans.json'), JSON.stringify([...clean, key]));
    expect(await scanArticles()).toEqual([]);
    // ...and only under its exact key: a rebuild with the record the build itself wrote reports the finding.
    writeFileSync(join(cache, 'privacy/clean-scans.json'), JSON.stringify(clean));
    expect(await scanArticles()).toEqual(['Giáp Văn Cương']);
  });

  it('never records a file with findings: every build reports it', async () => {
    appendFileSync(join(content, 'articles/ke-hoach.mdx'), FINDING);
    expect(await scanArticles()).toEqual(['Giáp Văn Cương']);
    expect(await scanArticles()).toEqual(['Giáp Văn Cương']);
  });

  it('scans an unchanged file again when a document it links changed', async () => {
    expect(await scanArticles()).toEqual([]);
    await writePdf(join(content, 'media/ke-hoach.pdf'), [['Kế hoạch tuyên truyền năm 2027']], {
      Title: 'Kế hoạch',
      Keywords: 'Giáp Văn Cương, cai nghiện',
    });
    expect(await scanArticles()).toEqual(['Giáp Văn Cương']);
  });

  it('scans every file again when the public data changed, and keeps only the keys the last build used', async () => {
    expect(await scanArticles()).toEqual([]);
    const before = recorded();
    const board = join(content, 'hotlines/to-dan-pho-1.yaml');
    writeFileSync(board, readFileSync(board, 'utf8').replace(/phone: [^\n]+/, 'phone: "0912 345 678"'));
    expect(await scanArticles()).toEqual([]);
    const after = recorded();
    expect(after).toHaveLength(before.length);
    expect(after.filter((k) => before.includes(k))).toEqual([]);
  });

  it('ignores a record that is not its own data', async () => {
    mkdirSync(join(cache, 'privacy'), { recursive: true });
    writeFileSync(join(cache, 'privacy/clean-scans.json'), '{"__proto__": {"polluted": true}}');
    appendFileSync(join(content, 'articles/ke-hoach.mdx'), FINDING);
    expect(await scanArticles()).toEqual(['Giáp Văn Cương']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
