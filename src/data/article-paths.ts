/** Static paths for pages that hang off each published article (loudspeaker version, share kit). */
import { getPublishedArticles, type Article } from './articles';
import { entryPageKey } from './entry-page-key';
import { pageKey } from './page-key';
import { siteKey } from './site-key';

export async function articlePaths(): Promise<
  { params: { slug: string }; props: { article: Article }; cacheKey: string }[]
> {
  const site = await siteKey();
  return Promise.all(
    (await getPublishedArticles()).map(async (article) => ({
      params: { slug: article.id },
      props: { article },
      // The loudspeaker version reads out the boards of the body's HotlineCards (body-key.ts).
      cacheKey: pageKey(site, await entryPageKey(article)),
    })),
  );
}
