/** keyedMemo (src/data/content-key.ts): one result per key, worked out again for a new key or after a failure. */
import { describe, expect, it, vi } from 'vitest';
import { keyedMemo } from '../../src/data/content-key';

// content-key.ts reads entries through astro:content only for contentKey(), which these tests do not call.
vi.mock('astro:content', () => ({}));

describe('keyedMemo', () => {
  it('works a result out once per key, and again when the key changes', async () => {
    const memo = keyedMemo<number>();
    const compute = vi.fn(async () => compute.mock.calls.length);
    expect(await memo('a', compute)).toBe(1);
    expect(await memo('a', compute)).toBe(1);
    expect(await memo('b', compute)).toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps no failure: the same key is worked out again on the next call', async () => {
    const memo = keyedMemo<string>();
    let uploaded = false;
    const compute = vi.fn(async () => {
      if (!uploaded) throw new Error('media/anh.png: không có tệp này');
      return 'ok';
    });
    await expect(memo('same content', compute)).rejects.toThrow('media/anh.png');
    uploaded = true;
    expect(await memo('same content', compute)).toBe('ok');
    expect(await memo('same content', compute)).toBe('ok');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
