import { describe, expect, it } from 'vitest';
import { contentComponents } from '../../src/content-model/components';
import { blockPattern, fromBlock, toBlock } from '../../src/content-model/component-syntax';

const byName = (name: string) => contentComponents.find((c) => c.name === name)!;

describe('content component syntax (what the CMS writes and reads back)', () => {
  it('writes a component with a body as a block MDX accepts', () => {
    expect(toBlock(byName('Callout'), { type: 'warning', title: 'Cảnh giác', body: 'Không nhận đồ uống lạ.' })).toBe(
      '<Callout type="warning" title="Cảnh giác">\n\nKhông nhận đồ uống lạ.\n\n</Callout>',
    );
  });

  it('writes self-closing components and leaves out empty attributes', () => {
    expect(toBlock(byName('HotlineCard'), { unit: 'lac-phuong' })).toBe('<HotlineCard unit="lac-phuong" />');
    expect(toBlock(byName('Download'), { href: '/media/a.pdf', label: '' })).toBe('<Download href="/media/a.pdf" />');
  });

  it('never lets a quote end an attribute early, and stores NFC', () => {
    const block = toBlock(byName('KeyDate'), { date: '2026-06-26', label: 'Ngày "toàn dân"'.normalize('NFD') });
    expect(block).toBe('<KeyDate date="2026-06-26" label="Ngày ”toàn dân”" />');
  });

  it.each(contentComponents.map((c) => [c.name, c] as const))('%s reads back what it writes', (_name, component) => {
    const data: Record<string, string> = Object.fromEntries(
      component.attributes.map((a) => [
        a.name,
        (a.decap.options as { value: string }[] | undefined)?.[0]?.value ?? 'gia-tri-1',
      ]),
    );
    if (component.hasBody) data.body = 'Dòng một.\n\nDòng hai.';
    const match = toBlock(component, data).match(blockPattern(component));
    expect(match).not.toBeNull();
    expect(fromBlock(component, match!)).toEqual(data);
  });
});
