/** The download links each page shows (labels from src/i18n/posters.ts, addresses from paths.ts). */
import { posterText } from '../i18n/posters';
import { posterPaths } from './paths';

const d = posterText.downloads;

export const posterLinks = {
  /** A village's page: its board. */
  village: (unitId: string) => [
    { href: posterPaths.board(unitId, 'pdf'), label: d.boardPdf },
    { href: posterPaths.board(unitId, 'png'), label: d.boardPng },
  ],
  /** The commune's hotline page: its board and the sheet of QR stickers for every unit (`units`: "các tổ dân phố"). */
  commune: (communeId: string, units: string) => [
    ...posterLinks.village(communeId),
    { href: posterPaths.stickers(communeId), label: d.stickers(units) },
  ],
  campaign: (id: string) => [
    { href: posterPaths.poster(id), label: d.poster },
    { href: posterPaths.banner(id, 'pdf'), label: d.bannerPdf },
    { href: posterPaths.banner(id, 'png'), label: d.bannerPng },
  ],
  form: (id: string) => [{ href: posterPaths.form(id), label: d.form }],
  /** An article's share kit: the square card and the wide share image of the article page. */
  article: (id: string, articlePath: string) => [
    { href: posterPaths.square(id), label: d.square },
    { href: posterPaths.share(articlePath), label: d.share },
  ],
} as const;
