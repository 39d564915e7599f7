/**
 * A body MDX cannot parse is told in Vietnamese (src/content-model/mdx-syntax-error.ts): the file, the line and
 * column, what is wrong and how to fix it, for the mistakes editors make when they write MDX by hand. The errors come
 * from the real parser (Sätteri, what the build compiles with).
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { explainMdxSyntaxError } from '../../src/content-model/mdx-syntax-error';

const FILE = 'articles/thu.mdx';

/** The message the build shows for `body`. */
function explained(body: string): string {
  try {
    mdxToJs(body, {});
  } catch (error) {
    return (explainMdxSyntaxError(error, FILE) as Error).message;
  }
  throw new Error(`the body parsed: ${body}`);
}

describe('MDX that does not parse', () => {
  it.each([
    ['a < in running text', 'Trẻ em dưới <18 tuổi.', 'dòng 1, cột 13', /dấu < ở đây không mở một khung nội dung.*\\</],
    ['a Markdown autolink', 'Xem\n\n<https://example.vn>', 'dòng 3, cột 1', /dấu < .*\[chữ\]\(https:\/\/…\)/],
    ['an HTML comment', 'Chữ.\n\n<!-- ghi chú -->', 'dòng 3, cột 1', /ghi chú dạng <!-- … --> không dùng được/],
    [
      'an unclosed component',
      '<Callout type="info">\n\nChữ.\n',
      'dòng 1, cột 1',
      /khung <Callout> chưa được đóng: thêm <\/Callout>/,
    ],
    [
      'a misspelt closing tag',
      '<Callout type="info">\nChữ.\n</Callou>',
      'dòng 3, cột 1',
      /thẻ đóng <\/Callou> không khớp với khung <Callout> đang mở: sửa thành <\/Callout>/,
    ],
    ['a stray closing tag', 'Chữ </Callout> thừa.', 'dòng 1, cột 5', /thẻ đóng <\/Callout> không có thẻ mở tương ứng/],
    ['an unclosed brace', 'Giá {khoảng 10', 'dòng 1, cột 5', /dấu \{ chưa được đóng.*\\\{ và \\\}/],
  ])('%s: the file, the place and the fix, in Vietnamese', (_what, body, place, reason) => {
    const message = explained(body);
    expect(message.split('\n')[0]).toBe(`Dừng xây dựng trang: không đọc được nội dung của ${FILE}.`);
    expect(message).toContain(`  ${FILE}, ${place}: `);
    expect(message).toMatch(reason);
    expect(message).not.toMatch(/Unexpected|expected|mdx-jsx|closing tag/);
  });

  it('passes the allow-list’s own messages and other failures through unchanged', () => {
    const own = new Error('Dừng xây dựng trang: nội dung của articles/thu.mdx có phần không được phép.');
    expect(explainMdxSyntaxError(own, FILE)).toBe(own);
    const other = new Error('ENOENT: no such file');
    expect(explainMdxSyntaxError(other, FILE)).toBe(other);
    expect(explainMdxSyntaxError('text', FILE)).toBe('text');
  });
});
