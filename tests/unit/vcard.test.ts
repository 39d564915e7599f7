/** The vCard writer (src/vcard/vcard.ts), read back by ical.js, and the contact names of a ward and a commune. */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, foldLine, vcardFile, type VCardContact } from '../../src/vcard/vcard';
import { answererName } from '../../src/vcard/contact-name';
import { communeWords, roleLabel } from '../../src/utils/unit-words';

/** Every vCard of a file, as ical.js reads it. */
function parse(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  return (Array.isArray(parsed[0]) ? parsed : [parsed]).map((j) => new ICAL.Component(j as unknown[]));
}

const tricky: VCardContact = {
  name: 'Đường dây nóng – Trưởng Công an phường Điện Biên; trực 24/24, Tổ 1 \\ khu Nghệ',
  phone: '0912 345 678',
  phoneType: 'cell',
  title: 'Thiếu tá, Trưởng Công an phường',
  note: 'Dòng một\nDòng hai: ỡ ữ ậ ặ ễ — một ghi chú rất dài để phải gập dòng nhiều lần, với dấu phẩy, chấm phẩy; và gạch chéo \\ ở giữa.',
  categories: ['Đường dây nóng'],
  url: 'https://dienbien.example.vn/duong-day-nong/so-1/',
};

describe('vCard 3.0 writer', () => {
  it('writes CRLF lines of at most 75 octets, folded between whole UTF-8 characters', () => {
    const text = vcardFile([
      tricky,
      { ...tricky, name: 'Đường dây nóng – Số khẩn cấp toàn quốc', phone: '113', phoneType: 'work' },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Unfolding gives back the escaped text exactly: no character was split.
    expect(text.replace(/\r\n /g, '')).toContain(`NOTE:${escapeText(tricky.note!)}`);
  });

  it('escapes text so that a real parser reads every value back intact, Vietnamese included', () => {
    const [card] = parse(vcardFile([tricky]));
    expect(card!.getFirstPropertyValue('version')).toBe('3.0');
    // vCard 3.0 escapes ";" in every text value (RFC 2426 §4); ical.js reads unstructured text by vCard 4.0's rule,
    // which leaves "\;" as written, and structured values (N) by both: N shows the name came through whole.
    expect(card!.getFirstPropertyValue('fn')).toBe(tricky.name.replace(';', '\\;'));
    expect(card!.getFirstPropertyValue('n')).toEqual([tricky.name, '', '', '', '']);
    expect(card!.getFirstPropertyValue('tel')).toBe('0912 345 678');
    expect(card!.getFirstProperty('tel')!.getParameter('type')).toEqual(['CELL', 'VOICE']);
    expect(card!.getFirstPropertyValue('title')).toBe(tricky.title);
    expect(card!.getFirstPropertyValue('note')).toBe(tricky.note!.replace(';', '\\;'));
    expect(card!.getFirstProperty('categories')!.getValues()).toEqual(['Đường dây nóng']);
    expect(card!.getFirstPropertyValue('url')).toBe(tricky.url);
  });

  it('turns NFD input (typed on a Mac) into NFC', () => {
    const [card] = parse(vcardFile([{ ...tricky, name: 'Đường dây nóng'.normalize('NFD') }]));
    expect(card!.getFirstPropertyValue('fn')).toBe('Đường dây nóng');
  });

  it('folds at 75 octets exactly and never inside a character', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    // "ộ" is 3 octets: 74 + 3 > 75, so it starts the next line.
    expect(foldLine(`${'a'.repeat(74)}ộ`)).toBe(`${'a'.repeat(74)}\r\n ộ`);
  });
});

describe('contact names say who answers, with the real names', () => {
  const ward = communeWords({ kind: 'phuong', name: 'Điện Biên' }, [{ kind: 'to-dan-pho' }]);
  const commune = communeWords({ kind: 'xa', name: 'Lạc Phượng' }, [{ kind: 'thon' }]);
  const name = (role: string, words: typeof ward, unit: { kind: string; name: string }, title?: string) =>
    answererName(
      role,
      roleLabel(role, words, unit.kind === 'phuong' || unit.kind === 'xa' ? undefined : unit.kind),
      title,
      unit,
      words,
    );

  it.each([
    ['truong-cong-an', ward, { kind: 'to-dan-pho', name: 'Số 1' }, undefined, 'Trưởng Công an phường Điện Biên'],
    [
      'pho-truong-pctp',
      ward,
      { kind: 'phuong', name: 'Điện Biên' },
      undefined,
      'Phó Trưởng Công an phường Điện Biên phụ trách PCTP',
    ],
    ['truc-ban', commune, { kind: 'xa', name: 'Lạc Phượng' }, undefined, 'Trực ban Công an xã Lạc Phượng'],
    ['truong-thon', ward, { kind: 'to-dan-pho', name: 'Số 1' }, undefined, 'Tổ trưởng tổ dân phố Số 1'],
    ['truong-thon', commune, { kind: 'thon', name: 'An Lạc' }, undefined, 'Trưởng thôn An Lạc'],
    [
      'cong-an-phu-trach',
      commune,
      { kind: 'thon', name: 'An Lạc' },
      undefined,
      'Cán bộ Công an phụ trách địa bàn thôn An Lạc',
    ],
    ['khan-cap', commune, { kind: 'xa', name: 'Lạc Phượng' }, undefined, 'Số khẩn cấp toàn quốc'],
    ['khac', commune, { kind: 'thon', name: 'An Lạc' }, 'Bí thư chi bộ thôn', 'Bí thư chi bộ thôn An Lạc'],
  ] as const)('%s on a board of %s', (role, words, unit, title, expected) => {
    expect(name(role, words, unit, title)).toBe(expected);
  });
});
