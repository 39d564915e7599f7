/**
 * What the rich-text editor writes stays text in MDX (cms/mdx-text.ts): `{` and a `<` that starts no allowed tag get
 * a backslash, allowed inline HTML and content components stay as written, an address typed as <url> becomes the
 * bare address, and whatever is written reads back (through the build's own parser) as the text that was typed.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../cms/mdx-text';

describe('text written by the rich-text editor', () => {
  it.each([
    ['Trẻ em dưới <18 tuổi', 'Trẻ em dưới \\<18 tuổi'],
    ['giá {10} nghìn', 'giá \\{10} nghìn'],
    ['a<b và <b>đậm</b>', 'a\\<b và \\<b>đậm\\</b>'],
    ['<!-- ghi chú -->', '\\<!-- ghi chú -->'],
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['xem <https://example.vn> nhé', 'xem https://example.vn nhé'],
    [
      'H<sub>2</sub>O, <abbr title="Ủy ban nhân dân">UBND</abbr>, dòng<br />mới',
      'H<sub>2</sub>O, <abbr title="Ủy ban nhân dân">UBND</abbr>, dòng<br />mới',
    ],
    ['<Callout type="info">', '<Callout type="info">'],
    ['<subway>', '\\<subway>'],
    ['đã viết \\{ sẵn', 'đã viết \\{ sẵn'],
    ['gạch \\\\{x}', 'gạch \\\\\\{x}'],
  ])('%j is written %j', (typed, written) => {
    expect(escapeMdxText(typed)).toBe(written);
  });

  it('is read by MDX as the text typed, whatever mix of < and { it holds', () => {
    const typed = 'Dưới <18 tuổi {không} dùng; a<b, {x, <y}, << {{ }} <1> <-- và \\ cuối';
    const written = escapeMdxText(typed);
    const compiled = String((mdxToJs(written) as { code?: string }).code ?? mdxToJs(written));
    expect(compiled).toContain(JSON.stringify(typed).slice(1, -1));
  });
});
