/**
 * No silent failures: what Astro's glob loader only logs (a file it cannot read, a render error, two files with
 * the same id) and what it reads wrongly without a word (bytes that are not UTF-8) must stop the build.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { LoaderContext } from 'astro/loaders';
import { strictLogger } from '../../src/safety/strict-logger';
import { assertContentTree } from '../../src/safety/content-tree';
import { precheckFiles } from '../../src/safety/content-precheck';
import { buildSite, fixtureSite, projectRoot } from '../helpers/build';
import { overlay } from '../helpers/overlay';

type Logger = LoaderContext['logger'];

/** A logger that records what reaches it (what Astro would print). */
function recordingLogger(): Logger & { printed: string[] } {
  const printed: string[] = [];
  const logger = {
    label: 'glob-loader',
    options: {},
    printed,
    info: (m: string) => void printed.push(`info ${m}`),
    warn: (m: string) => void printed.push(`warn ${m}`),
    error: (m: string) => void printed.push(`error ${m}`),
    debug: (m: string) => void printed.push(`debug ${m}`),
    fork: () => logger,
  };
  return logger as unknown as Logger & { printed: string[] };
}

describe('strictLogger: what the glob loader only logs', () => {
  // The exact messages of astro/dist/content/loaders/glob.js and DuplicateContentEntrySlugError.
  const failing = [
    ['error', 'Error reading bai-viet.mdx: EACCES: permission denied'],
    ['warn', 'No contents found for bai-viet.mdx'],
    ['error', 'Error rendering bai-viet.md: Unexpected end of input'],
    ['warn', 'No entry type found for bai-viet.txt'],
    [
      'warn',
      '**articles** contains multiple entries with the same slug: `bai-viet`. Slugs must be unique.\n\nEntries: \n- a/bai-viet.mdx\n- b/bai-viet.mdx',
    ],
  ] as const;

  it.each(failing)('%s "%s" stops the build, naming the file', (level, message) => {
    const inner = recordingLogger();
    const strict = strictLogger(inner);
    expect(() => strict[level](message)).toThrow(
      /Dừng xây dựng trang: có tệp nội dung không đọc được\.\n {2}.*bai-viet.*Tệp này sẽ bị bỏ sót khi xuất bản/s,
    );
  });

  it('lets harmless messages through to Astro', () => {
    const inner = recordingLogger();
    const strict = strictLogger(inner);
    strict.warn('No files found matching "**/*.mdx" in directory "content/broadcasts"');
    strict.info('Syncing content');
    expect(inner.printed).toEqual([
      'warn No files found matching "**/*.mdx" in directory "content/broadcasts"',
      'info Syncing content',
    ]);
  });
});

describe('the gates the build runs before reading content', () => {
  const layer = () => join(mkdtempSync(join(tmpdir(), 'silent-layer-')), 'content');

  it('a file that cannot be read (a link to a deleted file) is refused before the loader could skip it', () => {
    const root = layer();
    mkdirSync(join(root, 'articles'), { recursive: true });
    symlinkSync('/nonexistent/bai-da-xoa.mdx', join(root, 'articles/bai-da-xoa.mdx'));
    // src/safety/content-tree.ts: no symbolic links in content (tests/safety/media-build.test.ts proves the build runs it).
    expect(() => assertContentTree(root)).toThrow(
      'articles/bai-da-xoa.mdx: là liên kết tượng trưng trỏ tới /nonexistent/bai-da-xoa.mdx.',
    );
    expect(() => assertContentTree(root)).toThrow(
      /Cách sửa: xóa liên kết này; nếu cần tệp đó, chép tệp thật vào đúng chỗ/,
    );
  });

  it('a file not saved as UTF-8 (an old office PC, Latin-1) is refused with its first bad line', () => {
    const root = layer();
    mkdirSync(join(root, 'articles'), { recursive: true });
    const latin1 =
      '---\ntitle: Tin vui\nsummary: Tin ngắn.\npublishDate: 2026-11-01\ncategory: tin-dia-phuong\naudiences: [nguoi-dan]\n---\n\nTiêu chí "xã không ma túy" đã đạt.\n';
    writeFileSync(join(root, 'articles/bai-cu.mdx'), Buffer.from(latin1.replace('ắ', 'a'), 'latin1'));
    const saved = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = root;
    try {
      expect(() => precheckFiles([join(root, 'articles/bai-cu.mdx')])).toThrow(
        /Tệp articles\/bai-cu\.mdx không lưu theo bảng mã UTF-8 \(lỗi từ dòng 9\).*lưu lại với bảng mã UTF-8/,
      );
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});

describe('the build stops instead of publishing without a file', () => {
  it('two files with the same id in different folders (one would silently replace the other)', () => {
    const result = buildSite(
      overlay(fixtureSite('dien-bien'), join(projectRoot, 'tests/fixtures/bad/silent-duplicate-subfolder')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'articles/2025/tong-ket-thang-hanh-dong.mdx và articles/2026/tong-ket-thang-hanh-dong.mdx',
    );
    expect(result.output).toMatch(/Hãy đổi tên một tệp/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  }, 300_000); // builds of one checkout take turns (a lock): allow for waiting
});
