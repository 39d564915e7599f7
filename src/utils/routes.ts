/** Every URL of the site, built in one place. Paths are Vietnamese slugs without diacritics. */
import { sectionColumn } from '../i18n/sections.ts';

/** The list page of each section, from the section table (src/i18n/sections.ts). */
export const sections = sectionColumn('route');

export type Section = keyof typeof sections;

/** Pages for editors and sharers, kept out of the sitemap and search engines (each also says noindex). */
export const editorOnlyPaths = [/^\/admin\//, /^\/bien-tap\//, /\/doc-tren-loa\/$/, /\/chia-se\/$/];

export function isEditorOnly(path: string): boolean {
  return editorOnlyPaths.some((p) => p.test(path));
}

export const routes = {
  home: () => '/',
  section: (s: Section) => sections[s],
  entry: (s: Section, id: string) => `${sections[s]}${id}/`,
  articlesPage: (page: number) => (page <= 1 ? sections.articles : `${sections.articles}trang/${page}/`),
  category: (category: string) => `${sections.articles}chuyen-muc/${category}/`,
  categoryPage: (category: string, page: number) =>
    page <= 1
      ? `${sections.articles}chuyen-muc/${category}/`
      : `${sections.articles}chuyen-muc/${category}/trang/${page}/`,
  lessonLevel: (level: string) => `${sections.lessons}cap/${level}/`,
  /** The quiz page of a lesson (only lessons with a quiz have one). */
  lessonQuiz: (id: string) => `${sections.lessons}${id}/cau-hoi/`,
  about: () => sections.about,
  accessibility: () => '/kha-nang-tiep-can/',
  search: () => '/tim-kiem/',
  dashboard: () => '/bien-tap/',
  rss: () => '/rss.xml',
  sitemap: () => '/sitemap-index.xml',
  /** The sitemap for readers: every section and its pages (the XML one is for search engines). */
  siteMapPage: () => '/so-do-trang/',
  /** Organisation and contacts in English. */
  english: () => '/en/',
} as const;
