import { describe, expect, it } from 'vitest';
import { choices } from '../../src/content-model/choices';
import { communeKinds, residentialKinds } from '../../src/i18n/unit-kinds';
import { en, enKinds } from '../../src/i18n/en';
import {
  capitalize,
  communeWords,
  isCommuneKind,
  isResidentialKind,
  kindNoun,
  residentialHead,
  roleLabel,
  unitName,
  unitTitle,
} from '../../src/utils/unit-words';

describe('unit words', () => {
  it.each([
    ['xa', 'Lạc Phượng', 'xã Lạc Phượng', 'Xã Lạc Phượng'],
    ['phuong', 'Điện Biên', 'phường Điện Biên', 'Phường Điện Biên'],
    ['dac-khu', 'Vân Đồn', 'đặc khu Vân Đồn', 'Đặc khu Vân Đồn'],
    ['thon', 'Đông Lạc', 'thôn Đông Lạc', 'Thôn Đông Lạc'],
    ['to-dan-pho', '3', 'tổ dân phố 3', 'Tổ dân phố 3'],
    ['khu-pho', 'Bình Minh', 'khu phố Bình Minh', 'Khu phố Bình Minh'],
    ['ap', 'Tân Hòa', 'ấp Tân Hòa', 'Ấp Tân Hòa'],
    ['ban', 'Nà Sản', 'bản Nà Sản', 'Bản Nà Sản'],
    ['xom', 'Đồng', 'xóm Đồng', 'Xóm Đồng'],
    ['buon', 'Đôn', 'buôn Đôn', 'Buôn Đôn'],
    ['plon', 'Tơ Nia', 'plon Tơ Nia', 'Plon Tơ Nia'],
    ['khom', '4', 'khóm 4', 'Khóm 4'],
    ['lang', 'Plei Ốp', 'làng Plei Ốp', 'Làng Plei Ốp'],
    ['khu', '5', 'khu 5', 'Khu 5'],
  ])('%s %s → "%s" mid-sentence, "%s" as a heading', (kind, name, mid, heading) => {
    expect(unitName({ kind, name })).toBe(mid);
    expect(unitTitle({ kind, name })).toBe(heading);
  });

  it('every kind offered in the CMS has words, and the levels do not overlap', () => {
    for (const { value } of choices.unitKind) expect(kindNoun(value)).toMatch(/^\p{Ll}/u);
    expect(choices.unitKind.map((c) => c.value)).toEqual([...communeKinds, ...residentialKinds].map((k) => k.value));
    for (const { value } of communeKinds)
      expect([isCommuneKind(value), isResidentialKind(value)]).toEqual([true, false]);
    for (const { value } of residentialKinds)
      expect([isCommuneKind(value), isResidentialKind(value)]).toEqual([false, true]);
    expect(() => kindNoun('huyen')).toThrow(/huyen/);
  });

  it.each([
    ['thon', 'Trưởng thôn'],
    ['to-dan-pho', 'Tổ trưởng tổ dân phố'],
    ['khu-pho', 'Trưởng khu phố'],
    ['ap', 'Trưởng ấp'],
    ['ban', 'Trưởng bản'],
    ['xom', 'Trưởng xóm'],
    ['buon', 'Trưởng buôn'],
    ['khom', 'Trưởng khóm'],
  ])('the head of a %s is "%s"', (kind, head) => {
    expect(residentialHead(kind)).toBe(head);
  });

  it('capitalises Vietnamese initials and NFD input', () => {
    expect(capitalize('đặc khu')).toBe('Đặc khu');
    expect(capitalize('ấp 1')).toBe('Ấp 1');
    expect(capitalize('a\u0300p'.normalize('NFD'))).toBe('Àp');
  });

  it('a ward with residential groups speaks of its police, its groups and their heads', () => {
    const w = communeWords({ kind: 'phuong', name: 'Điện Biên' }, [{ kind: 'to-dan-pho' }, { kind: 'to-dan-pho' }]);
    expect(w).toMatchObject({
      noun: 'phường',
      name: 'phường Điện Biên',
      title: 'Phường Điện Biên',
      police: 'Công an phường',
      policeOf: 'Công an phường Điện Biên',
      unitList: 'tổ dân phố',
      units: 'các tổ dân phố',
      heads: ['Tổ trưởng tổ dân phố'],
    });
  });

  it('a commune mixing kinds names each kind once, in order of appearance', () => {
    const w = communeWords({ kind: 'xa', name: 'Mường Lát' }, [{ kind: 'thon' }, { kind: 'ban' }, { kind: 'thon' }]);
    expect(w.units).toBe('các thôn, bản');
    expect(w.heads).toEqual(['Trưởng thôn', 'Trưởng bản']);
    expect(w.police).toBe('Công an xã');
  });

  it('a commune without units uses its residentialKind, else the usual kind for its level', () => {
    expect(communeWords({ kind: 'xa', name: 'A' }, []).units).toBe('các thôn');
    expect(communeWords({ kind: 'phuong', name: 'B' }, []).units).toBe('các tổ dân phố');
    expect(communeWords({ kind: 'phuong', name: 'C', residentialKind: 'khu-pho' }, []).units).toBe('các khu phố');
    expect(communeWords({ kind: 'dac-khu', name: 'Phú Quốc' }, []).police).toBe('Công an đặc khu');
    expect(() => communeWords({ kind: 'thon', name: 'X' }, [])).toThrow();
  });

  it('role labels follow the commune and the board’s unit; other roles keep their label', () => {
    const ward = communeWords({ kind: 'phuong', name: 'Điện Biên' }, [{ kind: 'to-dan-pho' }]);
    const mixed = communeWords({ kind: 'xa', name: 'Mường Lát' }, [{ kind: 'thon' }, { kind: 'ban' }]);
    expect(roleLabel('truong-cong-an', ward)).toBe('Trưởng Công an phường');
    expect(roleLabel('truc-ban', ward)).toBe('Trực ban Công an phường');
    expect(roleLabel('pho-truong-pctp', mixed)).toBe('Phó Trưởng Công an xã phụ trách PCTP');
    expect(roleLabel('truong-thon', ward, 'to-dan-pho')).toBe('Tổ trưởng tổ dân phố');
    expect(roleLabel('truong-thon', mixed, 'ban')).toBe('Trưởng bản');
    expect(roleLabel('truong-thon', mixed)).toBe('Trưởng thôn, Trưởng bản');
    expect(roleLabel('truong-thon', mixed, 'xa')).toBe('Trưởng thôn, Trưởng bản');
    expect(roleLabel('khan-cap', ward)).toBe('Số khẩn cấp toàn quốc');
    for (const { value } of choices.hotlineRole) expect(roleLabel(value, ward)).not.toMatch(/xã|thôn|\//);
  });

  it('the English page names each kind from the same table, after the name', () => {
    const kinds = [...communeKinds, ...residentialKinds];
    expect(Object.keys(enKinds)).toEqual(kinds.map((k) => k.value));
    for (const k of kinds) expect(enKinds[k.value]).toBe(k.en);
    expect(en.unitName('Dien Bien', 'phuong')).toBe('Dien Bien Ward');
    expect(en.unitName('Dong Lac', 'to-dan-pho')).toBe('Dong Lac Residential Group');
    expect(en.unitName('X', 'huyen')).toBe('X');
  });
});
