/**
 * Entry ids come from the file name alone: the same path gives the same id whatever was read before (a preview that
 * saw a file under its old name still accepts the new one), and two current files with one id are found in one pass.
 */
import { describe, expect, it } from 'vitest';
import { duplicateIds, entryId } from '../../src/content-model/entry-id';

describe('entryId', () => {
  it('gives a renamed file the id of its slug, even after another file with that slug was read', () => {
    expect(entryId('articles', 'articles/ma-tuy-nup-bong.mdx')).toBe('ma-tuy-nup-bong');
    expect(entryId('articles', 'articles/ma-túy-núp-bóng.mdx')).toBe('ma-tuy-nup-bong');
    expect(entryId('articles', 'articles/ma-tuy-nup-bong.mdx')).toBe('ma-tuy-nup-bong');
  });

  it('refuses a name with no usable slug, naming the file', () => {
    expect(() => entryId('articles', 'articles/Наркотики.mdx')).toThrow(/articles\/Наркотики\.mdx/);
  });
});

describe('duplicateIds', () => {
  it('names each id two current files share, with both files, and nothing when ids differ', () => {
    const found = duplicateIds('articles', [
      { id: 'tong-ket', file: 'articles/2026/tong-ket.mdx' },
      { id: 'tong-ket', file: 'articles/2025/tong-ket.mdx' },
      { id: 'khac', file: 'articles/khac.mdx' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('articles/2025/tong-ket.mdx và articles/2026/tong-ket.mdx');
    expect(found[0]).toContain('"tong-ket"');
    expect(
      duplicateIds('articles', [
        { id: 'a', file: 'articles/a.mdx' },
        { id: 'b', file: 'articles/b.mdx' },
      ]),
    ).toEqual([]);
  });
});
