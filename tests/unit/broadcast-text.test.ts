import { describe, expect, it } from 'vitest';
import { broadcastParagraphs } from '../../src/editorial/broadcast-text';

const body = `## Gọi ngay khi phát hiện

Người dân gọi **0912 345 678** hoặc xem [bảng số](/duong-day-nong/) tại nhà văn hóa.

- Không nhận đồ uống lạ
- Báo cho công an

| Cột | Cột |
| --- | --- |
| a | b |

<Callout type="warning" title="Cảnh giác">

Ma túy núp bóng trong 100% các loại kẹo lạ.

</Callout>

<KeyDate date="2026-06-26" label="Ngày toàn dân phòng, chống ma túy" />

<HotlineCard unit="lac-phuong" />

<Download href="/media/a.pdf" label="Tải về" />`;

describe('an article as a loudspeaker script', () => {
  const paragraphs = broadcastParagraphs(body, (unit) => `Đường dây nóng của ${unit}: 113.`);

  it('keeps the words and drops links, tables and downloads', () => {
    expect(paragraphs.join('\n')).not.toMatch(/\/duong-day-nong|\||Tải về|\*\*/);
    expect(paragraphs).toContain(
      'Người dân gọi không chín một hai, ba bốn năm, sáu bảy tám hoặc xem bảng số tại nhà văn hóa.',
    );
  });

  it('reads headings and list items as sentences', () => {
    expect(paragraphs[0]).toBe('Gọi ngay khi phát hiện.');
    expect(paragraphs).toContain('Không nhận đồ uống lạ.');
  });

  it('speaks components', () => {
    expect(paragraphs).toContain('Cảnh giác.');
    expect(paragraphs).toContain('Ma túy núp bóng trong một trăm phần trăm các loại kẹo lạ.');
    expect(paragraphs).toContain(
      'Ngày toàn dân phòng, chống ma túy: ngày hai mươi sáu tháng sáu năm hai nghìn không trăm hai mươi sáu.',
    );
    expect(paragraphs).toContain('Đường dây nóng của lac-phuong: một một ba.');
  });

  it('reads escaped characters as the text they are, and removes only real tags', () => {
    // As the CMS writes what an editor typed (cms/mdx-text.ts): before, "<18 … H<sub>" was taken for one tag.
    const [spoken] = broadcastParagraphs(
      'Trẻ em dưới \\<18 tuổi, giá \\{10} nghìn, công thức H<sub>2</sub>O.',
      () => '',
    );
    expect(spoken).toBe('Trẻ em dưới <mười tám tuổi, giá {mười} nghìn, công thức H2O.');
  });
});
