/**
 * The data layer (src/data/) without a build: `astro:content` is replaced by fixture collections
 * (tests/helpers/astro-content.ts, validated by the content model), and "today" is pinned. What readers see in
 * lists: published articles newest first without drafts or future posts, related articles, lessons by school
 * level, a unit's hotline board, the campaign to feature.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPublishedArticles, isPublished, relatedArticles, type Article } from '../../src/data/articles';
import { getLessons } from '../../src/data/lessons';
import { getBoardFor } from '../../src/data/hotlines';
import { campaignStatus, getCampaigns, getFeaturedCampaign, type Campaign } from '../../src/data/campaigns';

vi.mock('astro:content', async () => {
  const { mockedAstroContent } = await import('../helpers/astro-content');
  const article = (
    title: string,
    publishDate: string,
    category: string,
    tags: string[],
    extra: Record<string, unknown> = {},
  ) => ({
    title,
    summary: 'Tóm tắt bài.',
    publishDate,
    category,
    audiences: ['nguoi-dan'],
    tags,
    ...extra,
  });
  const lesson = (title: string, level: string) => ({
    title,
    summary: 'Bài giảng ngoại khóa.',
    level,
    durationMinutes: 45,
    objectives: ['Biết tác hại của ma túy'],
    activities: [{ name: 'Thảo luận', minutes: 45, description: 'Thảo luận nhóm.' }],
    keyMessages: ['Nói không với ma túy'],
  });
  const board = (unit: string) => ({
    unit,
    contacts: [{ role: 'truc-ban', phone: '0912 345 678' }],
    mailbox: 'Nhà văn hóa',
    verifiedOn: '2026-11-01',
  });
  const campaign = (title: string, startDate: string, endDate: string) => ({
    title,
    summary: 'Chiến dịch tuyên truyền.',
    theme: 'Phòng, chống ma túy',
    slogan: 'Nói không với ma túy',
    startDate,
    endDate,
  });
  return mockedAstroContent({
    articles: [
      ['cu.mdx', article('Bài cũ về bóng cười', '2026-01-10', 'ma-tuy-moi', ['bóng cười'])],
      ['moi.mdx', article('Bài mới về bóng cười', '2026-11-20', 'ma-tuy-moi', ['bóng cười', 'học sinh'])],
      ['cung-ngay-b.mdx', article('Cùng ngày B', '2026-11-01', 'phap-luat', ['học sinh'])],
      ['cung-ngay-a.mdx', article('Cùng ngày A', '2026-11-01', 'phap-luat', [])],
      ['hom-nay.mdx', article('Đăng hôm nay', '2026-11-23', 'tin-dia-phuong', [])],
      ['ngay-mai.mdx', article('Hẹn giờ ngày mai', '2026-11-24', 'ma-tuy-moi', ['bóng cười'])],
      ['nhap.mdx', article('Bản nháp', '2026-10-01', 'ma-tuy-moi', ['bóng cười'], { draft: true })],
    ],
    lessons: [
      ['thpt-b.mdx', lesson('Bài giảng THPT', 'thpt')],
      ['phu-huynh.mdx', lesson('Đồng hành cùng con', 'phu-huynh-giao-vien')],
      ['thcs-uong.mdx', lesson('Ứng xử khi bị rủ rê', 'thcs')],
      ['thcs-an.mdx', lesson('An toàn với đồ uống lạ', 'thcs')],
      ['tieu-hoc.mdx', lesson('Em biết nói không', 'tieu-hoc')],
      ['thcs-dd.mdx', lesson('Đường dây nóng', 'thcs')],
    ],
    hotlines: [
      ['thon-a.yaml', board('thon-a')],
      ['thon-b.yaml', board('thon-b')],
    ],
    campaigns: [
      ['qua.mdx', campaign('Chiến dịch đã qua', '2026-06-01', '2026-06-30')],
      ['sap-toi.mdx', campaign('Chiến dịch sắp tới', '2027-01-01', '2027-01-31')],
      ['xa-hon.mdx', campaign('Chiến dịch xa hơn', '2027-06-01', '2027-06-30')],
    ],
  });
});

beforeAll(() => {
  vi.stubEnv('BUILD_DATE', '2026-11-23');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('articles', () => {
  it('readers see published articles only, newest first, ties by file name; today counts as published', async () => {
    expect(ids(await getPublishedArticles())).toEqual(['hom-nay', 'moi', 'cung-ngay-a', 'cung-ngay-b', 'cu']);
  });

  it('a draft never, a scheduled article from its day on', async () => {
    const all = await import('astro:content').then((m) => m.getCollection('articles'));
    const byId = (id: string) => (all as Article[]).find((a) => a.id === id)!;
    expect(isPublished(byId('nhap'))).toBe(false);
    expect(isPublished(byId('ngay-mai'))).toBe(false);
    expect(isPublished(byId('ngay-mai'), new Date('2026-11-24T00:00:00Z'))).toBe(true);
    expect(isPublished(byId('nhap'), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('related articles share the category or a tag, best match first, never the article itself, at most the count', async () => {
    const published = await getPublishedArticles();
    const moi = published.find((a) => a.id === 'moi')!;
    // cu: same category and a shared tag (3); cung-ngay-b: a shared tag (1); the others share nothing.
    expect(ids(relatedArticles(moi, published))).toEqual(['cu', 'cung-ngay-b']);
    expect(ids(relatedArticles(moi, published, 1))).toEqual(['cu']);
    const alone = published.find((a) => a.id === 'hom-nay')!;
    expect(relatedArticles(alone, published)).toEqual([]);
  });

  it('related articles are the best by shared category and tags, then newest, then as listed, for any list', () => {
    // The order a full sort gives, the way the list was first defined; random lists with many ties of score and date.
    const bySort = (article: Article, all: Article[], count: number) => {
      const tags = new Set(article.data.tags ?? []);
      const score = (a: Article) =>
        (a.data.category === article.data.category ? 2 : 0) + (a.data.tags ?? []).filter((t) => tags.has(t)).length;
      return all
        .filter((a) => a.id !== article.id)
        .map((a) => ({ a, s: score(a) }))
        .filter((x) => x.s > 0)
        .sort((x, y) => y.s - x.s || y.a.data.publishDate.getTime() - x.a.data.publishDate.getTime())
        .slice(0, count)
        .map((x) => x.a);
    };
    let seed = 7;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const all = Array.from({ length: 1 + pick(30) }, (_, i) => ({
        id: `a${i}`,
        data: {
          category: ['tin-tuc', 'kien-thuc', 'guong-dien-hinh'][pick(3)],
          tags: Array.from({ length: pick(4) }, () => ['ma túy', 'học đường', 'thôn', 'cai nghiện'][pick(4)]),
          publishDate: new Date(Date.UTC(2026, 10, 1 + pick(4))),
        },
      })) as unknown as Article[];
      const article = all[pick(all.length)]!;
      for (const count of [1, 3, 5])
        expect(ids(relatedArticles(article, all, count))).toEqual(ids(bySort(article, all, count)));
    }
  });

  it('related articles never include drafts or scheduled ones when given the published list', async () => {
    const published = await getPublishedArticles();
    const related = relatedArticles(
      published.find((a) => a.id === 'cu')!,
      published,
      10,
    );
    expect(ids(related)).not.toContain('nhap');
    expect(ids(related)).not.toContain('ngay-mai');
  });
});

describe('lessons', () => {
  it('are ordered by school level, then by title in Vietnamese order', async () => {
    expect(ids(await getLessons())).toEqual(['tieu-hoc', 'thcs-an', 'thcs-dd', 'thcs-uong', 'thpt-b', 'phu-huynh']);
  });
});

describe('hotline boards', () => {
  it('a unit finds its own board, and an unknown unit none', async () => {
    expect((await getBoardFor('thon-b'))?.id).toBe('thon-b');
    expect(await getBoardFor('thon-khong-co')).toBeUndefined();
  });
});

describe('campaigns', () => {
  it('are listed newest first', async () => {
    expect(ids(await getCampaigns())).toEqual(['xa-hon', 'sap-toi', 'qua']);
  });

  it('the featured campaign is the next to start when none is running', async () => {
    expect((await getFeaturedCampaign())?.id).toBe('sap-toi');
  });

  it('the featured campaign is the one running, from its first to its last day', async () => {
    vi.stubEnv('BUILD_DATE', '2027-01-31');
    try {
      expect((await getFeaturedCampaign())?.id).toBe('sap-toi');
      // Running on its last day, though another starts later: the running one.
      vi.stubEnv('BUILD_DATE', '2027-06-30');
      expect((await getFeaturedCampaign())?.id).toBe('xa-hon');
      // All over: none.
      vi.stubEnv('BUILD_DATE', '2027-07-01');
      expect(await getFeaturedCampaign()).toBeUndefined();
    } finally {
      vi.stubEnv('BUILD_DATE', '2026-11-23');
    }
  });

  it('status by day: upcoming before the start, current on both end days, past after', async () => {
    const [c] = (await getCampaigns()).filter((x) => x.id === 'qua') as Campaign[];
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(campaignStatus(c!, day('2026-05-31'))).toBe('upcoming');
    expect(campaignStatus(c!, day('2026-06-01'))).toBe('current');
    expect(campaignStatus(c!, day('2026-06-30'))).toBe('current');
    expect(campaignStatus(c!, day('2026-07-01'))).toBe('past');
  });
});
