/** Real documents: the number is optional and kept as written, the symbol is its own field, the date rules stay. */
import { describe, expect, it } from 'vitest';
import { documents } from '../../src/content-model/registry';
import { toZod } from '../../src/content-model/to-zod';
import { documentNumberText } from '../../src/utils/document-number';

const base = {
  title: 'Kế hoạch xây dựng xã không ma túy',
  kind: 'ke-hoach',
  issuer: 'Ủy ban nhân dân xã Cẩm Tân',
  issueDate: '2024-11-20',
  summary: 'Kế hoạch của xã.',
};
const check = (extra: Record<string, unknown>) => {
  const result = toZod(documents).safeParse({ ...base, ...extra });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('document number and symbol', () => {
  it('accepts a document with no number at all', () => {
    expect(check({})).toEqual([]);
  });

  it('accepts full numbers and a number left blank for signing, as written', () => {
    for (const number of ['240/KH-UBND', '103/KH-CAX', '45-KH/ĐU', '/KH-UBND-CA', '483/KH-CAHP-PC04'])
      expect(check({ number }), number).toEqual([]);
  });

  it('rejects what is not a number and symbol, saying how to write it', () => {
    for (const number of ['Số: 240/KH-UBND', 'KH-UBND', '240', 'kh-ubnd']) {
      const issues = check({ number });
      expect(issues.length, number).toBe(1);
      expect(issues[0]).toMatch(/^number: Số, ký hiệu phải có dạng số\/KÝ-HIỆU/);
    }
  });

  it('takes the symbol alone, and requires it to match the number when both are given', () => {
    expect(check({ symbol: 'KH-UBND' })).toEqual([]);
    expect(check({ number: '/KH-UBND-CA', symbol: 'KH-UBND-CA' })).toEqual([]);
    expect(check({ number: '45-KH/ĐU', symbol: 'KH/ĐU' })).toEqual([]);
    expect(check({ number: '240/KH-UBND', symbol: 'KH-CAX' })).toHaveLength(1);
    expect(check({ number: '240/KH-UBND', symbol: 'KH-CAX' })[0]).toMatch(/^symbol: Số, ký hiệu và Ký hiệu không khớp/);
    expect(check({ symbol: 'kh ubnd' })[0]).toMatch(/^symbol: Ký hiệu chỉ gồm chữ in hoa/);
  });

  it('keeps the date rules: an impossible date is still refused', () => {
    expect(check({ issueDate: '2024-02-30' })[0]).toMatch(/^issueDate: /);
  });

  it('reads as written, or "chưa có số"', () => {
    expect(documentNumberText({ number: '/KH-UBND-CA', symbol: 'KH-UBND-CA' })).toBe('/KH-UBND-CA');
    expect(documentNumberText({ symbol: 'KH-UBND' })).toBe('chưa có số, ký hiệu KH-UBND');
    expect(documentNumberText({})).toBe('chưa có số');
  });
});
