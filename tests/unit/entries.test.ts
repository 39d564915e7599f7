/**
 * src/data/entries.ts: a build asks Astro for each collection once (content never changes while it runs), the
 * preview asks every time (a save changes it); either way each caller gets its own list to sort or cut.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const getCollection = vi.fn();
vi.mock('astro:content', async () => {
  const { mockedAstroContent } = await import('../helpers/astro-content');
  const content = mockedAstroContent({
    hotlines: ['thon-a', 'thon-b', 'thon-c'].map((unit) => [
      `${unit}.yaml`,
      {
        unit,
        contacts: [{ role: 'truc-ban', phone: '0912 345 678' }],
        mailbox: 'Nhà văn hóa',
        verifiedOn: '2026-11-01',
      },
    ]),
  });
  getCollection.mockImplementation(content.getCollection);
  return { ...content, getCollection };
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  getCollection.mockClear();
});

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('entries', () => {
  it('in a build, reads each collection from Astro once; each call gets a list of its own, filtered as asked', async () => {
    vi.stubEnv('DEV', false);
    const { entries } = await import('../../src/data/entries');
    const first = await entries('hotlines');
    first.reverse().pop();
    expect(ids(await entries('hotlines'))).toEqual(['thon-a', 'thon-b', 'thon-c']);
    expect(ids(await entries('hotlines', (b) => b.data.unit !== 'thon-b'))).toEqual(['thon-a', 'thon-c']);
    expect(getCollection).toHaveBeenCalledTimes(1);
    expect(await entries('articles')).toEqual([]);
  });

  it('in the preview, asks Astro on every call', async () => {
    vi.stubEnv('DEV', true);
    const { entries } = await import('../../src/data/entries');
    await entries('hotlines');
    expect(ids(await entries('hotlines', (b) => b.id === 'thon-c'))).toEqual(['thon-c']);
    expect(getCollection).toHaveBeenCalledTimes(2);
  });
});
