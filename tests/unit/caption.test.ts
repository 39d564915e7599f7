import { describe, expect, it } from 'vitest';
import { buildCaption, shortSummary } from '../../src/editorial/caption';

describe('share caption', () => {
  it('has the title, two short lines, the hotline and the link', () => {
    const caption = buildCaption({
      title: 'Cách tố giác tội phạm ma túy',
      summary: 'Ba cách báo tin an toàn. Người báo được giữ bí mật. Câu thứ ba không cần.',
      hotline: '0225 3888 101',
      url: 'https://lacphuong.example.vn/bai-viet/cach-to-giac-toi-pham-ma-tuy/',
    });
    expect(caption).toBe(
      [
        'CÁCH TỐ GIÁC TỘI PHẠM MA TÚY',
        '',
        'Ba cách báo tin an toàn. Người báo được giữ bí mật.',
        '',
        '☎ Đường dây nóng: 0225 3888 101',
        '👉 Đọc thêm: https://lacphuong.example.vn/bai-viet/cach-to-giac-toi-pham-ma-tuy/',
      ].join('\n'),
    );
  });

  it('cuts a long summary at a word and keeps NFC', () => {
    const long = `${'Ma túy tổng hợp gây hại '.repeat(20)}.`.normalize('NFD');
    const short = shortSummary(long, 60);
    expect(short.length).toBeLessThanOrEqual(61);
    expect(short.endsWith('…')).toBe(true);
    expect(short).toBe(short.normalize('NFC'));
    expect(short).not.toMatch(/\s…$/);
  });
});
