/**
 * The readers' sitemap (/so-do-trang/): every section the menu shows, in the menu's order, with the pages in it.
 * Built from the same tables as the menu (ui.nav, src/data/sections.ts), so a section appears in both or in neither.
 */
import { getPublishedArticles } from './articles';
import { getCampaigns } from './campaigns';
import { entries } from './entries';
import { getLessons } from './lessons';
import { shownSections } from './sections';
import { getVillages, unitTitle } from './site';
import { ui } from '../i18n/vi';
import { routes, type Section } from '../utils/routes';

export interface SiteMapLink {
  href: string;
  title: string;
}

export interface SiteMapSection extends SiteMapLink {
  section: Section;
  pages: SiteMapLink[];
}

const byTitle = (a: SiteMapLink, b: SiteMapLink) => a.title.localeCompare(b.title, 'vi');

/** The pages of one section, in the order its list page shows them (titled entries A–Z where the list has no order). */
async function pagesOf(section: Section): Promise<SiteMapLink[]> {
  const link = (id: string, title: string) => ({ href: routes.entry(section, id), title });
  switch (section) {
    case 'articles':
      return (await getPublishedArticles()).map((a) => link(a.id, a.data.title));
    case 'hotlines':
      return (await getVillages()).map((v) => link(v.id, unitTitle(v)));
    case 'lessons':
      return (await getLessons()).map((l) => link(l.id, l.data.title));
    case 'campaigns':
      return (await getCampaigns()).map((c) => link(c.id, c.data.title));
    case 'programmes':
    case 'documents':
    case 'broadcasts':
    case 'forms':
      return (await entries(section)).map((e) => link(e.id, e.data.title)).sort(byTitle);
    case 'about':
      return [];
  }
}

/** Every section shown in the menu, with its pages. */
export async function siteMapSections(): Promise<SiteMapSection[]> {
  const shown = await shownSections();
  const keys = (Object.keys(ui.nav) as Section[]).filter((key) => shown.has(key));
  return Promise.all(
    keys.map(async (section) => ({
      section,
      href: routes.section(section),
      title: ui.nav[section],
      pages: await pagesOf(section),
    })),
  );
}
