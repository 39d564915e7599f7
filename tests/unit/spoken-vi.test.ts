import { describe, expect, it } from 'vitest';
import { readDate, readNumber, readPhone, toSpokenText } from '../../src/utils/spoken-vi';

describe('numbers read aloud in Vietnamese', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [30, 'ba mươi'],
    [100, 'một trăm'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1000, 'một nghìn'],
    [2026, 'hai nghìn không trăm hai mươi sáu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [3_500_000, 'ba triệu năm trăm nghìn'],
    [2_000_000_000, 'hai tỷ'],
  ])('%i → %s', (n, words) => expect(readNumber(n)).toBe(words));

  it('reads phone numbers digit by digit in their groups', () => {
    expect(readPhone('02373.851.152')).toBe('không hai ba bảy, ba tám năm một, một năm hai');
    expect(readPhone('0912 345 678')).toBe('không chín một hai, ba bốn năm, sáu bảy tám');
  });

  it('reads dates with "mùng" for the first ten days', () => {
    expect(readDate(26, 6, 2026)).toBe('ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi sáu');
    expect(readDate(1, 4)).toBe('ngày mùng một tháng tư');
  });

  it('rewrites a whole text', () => {
    expect(toSpokenText('Gọi 113 hoặc 0912 345 678 trước 26/6/2026; 100% thôn; 0,1 gam; 1.500 hộ.')).toBe(
      'Gọi một một ba hoặc không chín một hai, ba bốn năm, sáu bảy tám trước ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi sáu; một trăm phần trăm thôn; không phẩy một gam; một nghìn năm trăm hộ.',
    );
  });
});
