/**
 * A front matter or YAML file that cannot be read is explained in Vietnamese: the file, the line and column in the
 * file itself, the lines around the place, what is wrong and how to fix it; never the reader's English text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readData } from '../../src/content-model/read';

const root = mkdtempSync(join(tmpdir(), 'yaml-errors-'));
const saved = process.env.CONTENT_DIR;
process.env.CONTENT_DIR = root;
afterAll(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

/** The message readData throws for `text` written to `file`. */
function failure(file: string, text: string): string {
  writeFileSync(join(root, file), text);
  try {
    readData(join(root, file));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was read without an error`);
}

/** Words of the `yaml` package's own messages, which must never reach an editor. */
const ENGLISH = /\b(?:must|allowed|Missing|mapping|alias|indentation|resource)\b/i;

describe('a file that cannot be read as YAML', () => {
  it.each([
    {
      what: 'a field written twice',
      file: 'trung-truong.mdx',
      text: '---\ntitle: Một\nsummary: Tóm tắt\ntitle: Hai\n---\nNội dung.\n',
      where: '(dòng 4, cột 1)',
      fix: 'một trường được ghi hai lần',
      shows: 'title: Hai',
    },
    {
      what: 'a colon in an unquoted value',
      file: 'dau-hai-cham.mdx',
      text: '---\ntitle: Chú ý: ma túy núp bóng\n---\n',
      where: '(dòng 2, cột 8)',
      fix: 'hãy đặt cả giá trị trong ngoặc kép',
      shows: 'title: Chú ý: ma túy núp bóng',
    },
    {
      what: 'a tab as indentation',
      file: 'thut-tab.yaml',
      text: 'unit: ban-phang\ncontacts:\n\t- role: truong-thon\n',
      where: '(dòng 3, cột 1)',
      fix: 'hãy thụt bằng dấu cách',
      shows: 'contacts:',
    },
    {
      what: 'an unclosed quote',
      file: 'thieu-ngoac.mdx',
      text: '---\ntitle: "Ma túy núp bóng\nsummary: Tóm tắt\n---\n',
      where: '(dòng 3,',
      fix: 'thiếu dấu đóng',
      shows: 'summary: Tóm tắt',
    },
  ])('$what: the place, the lines around it and the fix', ({ file, text, where, fix, shows }) => {
    const message = failure(file, text);
    expect(message).toContain(`Không đọc được phần thông tin của ${file} ${where}`);
    expect(message).toContain(fix);
    expect(message).toContain(`    ${shows}`);
    expect(message).toMatch(/\n\s+\^/);
    expect(message).not.toMatch(ENGLISH);
  });

  it('refuses aliases that multiply into millions of values (a resource exhaustion attack), in Vietnamese', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [name, previous] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const message = failure('bom.yaml', `${levels.join('\n')}\n`);
    expect(message).toBe(
      'Không đọc được phần thông tin của bom.yaml: có ký hiệu & hoặc * (tham chiếu) mà nội dung không dùng; hãy viết thẳng giá trị.',
    );
  });

  it('a list where fields belong', () => {
    const message = failure('danh-sach.yaml', '- một\n- hai\n');
    expect(message).toContain('đây không phải một nhóm trường');
  });
});
