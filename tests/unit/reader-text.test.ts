/** Small text helpers of reader pages: one quote style, names without marks, facts that repeat a title. */
import { describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../src/utils/quotes';
import { withoutMarks } from '../../src/search/query/fold';
import { sameWords } from '../../src/utils/same-words';

describe('curlyQuotes', () => {
  it('turns typed straight quotes into the site’s curly ones, opening and closing', () => {
    expect(curlyQuotes('Chọn "Dịch vụ khác", rồi chọn mục "Tố giác, tin báo về tội phạm".')).toBe(
      'Chọn “Dịch vụ khác”, rồi chọn mục “Tố giác, tin báo về tội phạm”.',
    );
    expect(curlyQuotes('"Gửi" (bấm "Gửi")')).toBe('“Gửi” (bấm “Gửi”)');
    expect(curlyQuotes('Không có dấu nháy')).toBe('Không có dấu nháy');
    expect(curlyQuotes('đã “cong” sẵn')).toBe('đã “cong” sẵn');
  });
});

describe('withoutMarks', () => {
  it('writes Vietnamese names in plain letters, keeping case, Đ as D', () => {
    expect(withoutMarks('Lạc Phượng')).toBe('Lac Phuong');
    expect(withoutMarks('Đông Lạc')).toBe('Dong Lac');
    expect(withoutMarks('Nguyễn Đức Thành')).toBe('Nguyen Duc Thanh');
    expect(withoutMarks('Lạc Phượng'.normalize('NFD'))).toBe('Lac Phuong');
    expect(withoutMarks('Vũ Đình Thắng, thôn Ấp Ưng')).toBe('Vu Dinh Thang, thon Ap Ung');
  });
});

describe('sameWords', () => {
  it('compares texts regardless of case, Unicode form and spacing', () => {
    expect(sameWords('Trường học không ma túy', 'trường học  không ma túy')).toBe(true);
    expect(sameWords('Trường học không ma túy'.normalize('NFD'), 'Trường học không ma túy')).toBe(true);
    expect(sameWords('Gia đình không ma túy', 'Dòng họ không ma túy')).toBe(false);
  });
});
