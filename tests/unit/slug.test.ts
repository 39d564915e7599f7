import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/utils/slug';

describe('slugify', () => {
  it('drops tone and vowel marks', () => {
    expect(slugify('Phòng, chống ma túy')).toBe('phong-chong-ma-tuy');
    expect(slugify('Tác hại của ma túy tổng hợp')).toBe('tac-hai-cua-ma-tuy-tong-hop');
  });

  it('turns đ and Đ into d', () => {
    expect(slugify('Đường dây nóng')).toBe('duong-day-nong');
    expect(slugify('ĐỒNG ĐỨC')).toBe('dong-duc');
  });

  it('gives the same slug for NFC and NFD input', () => {
    const title = 'Hướng dẫn tố giác tội phạm qua ứng dụng VNeID';
    expect(title.normalize('NFD')).not.toBe(title.normalize('NFC'));
    expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
    expect(slugify(title.normalize('NFD'))).toBe('huong-dan-to-giac-toi-pham-qua-ung-dung-vneid');
  });

  it('collapses punctuation and trims dashes', () => {
    expect(slugify('  “Xã không ma túy” – 2026!  ')).toBe('xa-khong-ma-tuy-2026');
    expect(slugify('Kế hoạch 240/KH-UBND')).toBe('ke-hoach-240-kh-ubnd');
  });
});
