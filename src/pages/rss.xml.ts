import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedArticles } from '../data/articles';
import { getSite } from '../data/site';
import { ui } from '../i18n/vi';
import { routes } from '../utils/routes';

export async function GET(context: APIContext) {
  const site = await getSite();
  const articles = await getPublishedArticles();
  return rss({
    title: ui.rssTitle(site.siteName),
    description: site.tagline,
    site: context.site!,
    customData: '<language>vi</language>',
    items: articles.slice(0, 50).map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      pubDate: a.data.publishDate,
      link: routes.entry('articles', a.id),
      categories: [a.data.category],
    })),
  });
}
