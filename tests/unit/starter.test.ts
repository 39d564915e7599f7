/** The content folder `npm run new-commune` writes (src/content-model/starter.ts), without writing it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starterFiles, writtenUnit } from '../../src/content-model/starter';

describe('a new commune starter', () => {
  it('names units in their own kind, strips a kind typed with the name, and files them by slug', () => {
    const files = starterFiles({
      name: 'Phường Điện Biên',
      kind: 'phuong',
      units: ['Tổ dân phố 1', 'Số 2'],
      today: '2026-11-23',
    });
    expect(files.map((f) => f.path)).toEqual([
      'settings/site.yaml',
      'units/dien-bien.yaml',
      'hotlines/dien-bien.yaml',
      'units/to-dan-pho-1.yaml',
      'hotlines/to-dan-pho-1.yaml',
      'units/to-dan-pho-so-2.yaml',
      'hotlines/to-dan-pho-so-2.yaml',
    ]);
    expect(parse(files[1]!.text)).toEqual({ name: 'Điện Biên', kind: 'phuong' });
    expect(parse(files[5]!.text)).toMatchObject({ name: 'Số 2', kind: 'to-dan-pho', parent: 'dien-bien' });
    const phones = files
      .filter((f) => f.path.startsWith('hotlines/'))
      .flatMap((f) => parse(f.text).contacts.map((c: { phone: string }) => c.phone));
    expect(new Set(phones).size).toBe(phones.length);
    expect(phones).not.toContain(parse(files[0]!.text).contact.phone);
  });

  it("writes the commune police's own board: placeholders marked illustrative, 113 real, dated today", () => {
    const files = starterFiles({ name: 'Mường Phăng', kind: 'xa', units: ['Bản Phăng'], today: '2026-11-23' });
    const board = parse(files.find((f) => f.path === 'hotlines/muong-phang.yaml')!.text);
    expect(board).toMatchObject({ unit: 'muong-phang', verifiedOn: '2026-11-23' });
    expect(board.mailbox).toContain('xã Mường Phăng');
    expect(
      board.contacts.map((c: { role: string; title: string; isExample: boolean }) => [c.role, c.title, c.isExample]),
    ).toEqual([
      ['truong-cong-an', undefined, true],
      ['truc-ban', 'Tiếp nhận tin báo 24/24 giờ', true],
      ['khan-cap', 'Cảnh sát 113', false],
    ]);
    expect(board.contacts[2].phone).toBe('113');
  });

  it('gives a unit written with its own kind word that kind, whatever the others are', () => {
    const files = starterFiles({
      name: 'Cô Tô',
      kind: 'dac-khu',
      unitKind: 'khu',
      units: ['Khu 1', 'Thôn  Hồng Châu', 'Khu phố 3', 'Bãi Vàng'],
      today: '2026-11-23',
    });
    const units = files.filter((f) => f.path.startsWith('units/')).map((f) => [f.path, parse(f.text)]);
    expect(units.slice(1)).toEqual([
      ['units/khu-1.yaml', { name: '1', kind: 'khu', parent: 'co-to', order: 1 }],
      ['units/thon-hong-chau.yaml', { name: 'Hồng Châu', kind: 'thon', parent: 'co-to', order: 2 }],
      ['units/khu-pho-3.yaml', { name: '3', kind: 'khu-pho', parent: 'co-to', order: 3 }],
      ['units/khu-bai-vang.yaml', { name: 'Bãi Vàng', kind: 'khu', parent: 'co-to', order: 4 }],
    ]);
    const board = parse(files.find((f) => f.path === 'hotlines/thon-hong-chau.yaml')!.text);
    expect(board.contacts[0].title).toBe('Trưởng thôn Hồng Châu');
    expect(board.contacts[1].title).toContain('thôn Hồng Châu');
  });

  it('reads a kind word in any case and in decomposed (NFD) letters, and never takes a bare kind word as one', () => {
    expect(writtenUnit('BẢN PHĂNG'.normalize('NFD'), 'thon')).toEqual({ kind: 'ban', name: 'PHĂNG' });
    expect(writtenUnit('tổ dân phố Số 4', 'thon')).toEqual({ kind: 'to-dan-pho', name: 'Số 4' });
    expect(writtenUnit('Bản', 'thon')).toEqual({ kind: 'thon', name: 'Bản' });
    expect(writtenUnit('Bảnh Nà', 'thon')).toEqual({ kind: 'thon', name: 'Bảnh Nà' });
  });
});
