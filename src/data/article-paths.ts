/** Static paths for pages that hang off each published article (loudspeaker version, share kit). */
import { getPublishedArticles, type Article } from './articles';

export async function articlePaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getPublishedArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
