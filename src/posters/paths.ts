/** The address of every generated file. Pages link to these; the generator writes to them. */

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** Pixel sizes of the screen images. */
export const SHARE_SIZE = { width: 1200, height: 630 } as const;
export const SQUARE_SIZE = { width: 1080, height: 1080 } as const;

export const posterPaths = {
  /** The 1200×630 share image of a page, e.g. /anh-chia-se/bai-viet/slug.png; the home page is trang-chu.png. */
  share: (pagePath: string) => `/anh-chia-se/${trim(pagePath) || 'trang-chu'}.png`,
  /** The 1080×1080 square card of an article. */
  square: (articleId: string) => `/tai-ve/bai-viet/${articleId}-anh-vuong.png`,
  /** A unit's printable hotline board. */
  board: (unitId: string, ext: 'pdf' | 'png') => `/tai-ve/duong-day-nong/bang-duong-day-nong-${unitId}.${ext}`,
  /** A unit's numbers as phone contacts (vCard), made by src/pages/tai-ve/duong-day-nong/danh-ba-[unit].vcf.ts. */
  contacts: (unitId: string) => `/tai-ve/duong-day-nong/danh-ba-${unitId}.vcf`,
  /** The commune's sheet of QR stickers. */
  stickers: (communeId: string) => `/tai-ve/duong-day-nong/tem-qr-${communeId}.pdf`,
  /** A campaign's A3 poster. */
  poster: (campaignId: string) => `/tai-ve/chien-dich/${campaignId}-ap-phich-a3.pdf`,
  /** A campaign's 5:1 banner. */
  banner: (campaignId: string, ext: 'pdf' | 'png') => `/tai-ve/chien-dich/${campaignId}-bang-ron.${ext}`,
  /** A lesson's A4 handout. */
  handout: (lessonId: string) => `/tai-ve/bai-giang/${lessonId}.pdf`,
  /** A lesson's slides (PowerPoint, 16:9). */
  slides: (lessonId: string) => `/tai-ve/bai-giang/${lessonId}-trinh-chieu.pptx`,
  /** A lesson's quiz worksheet for students (A4). */
  worksheet: (lessonId: string) => `/tai-ve/bai-giang/${lessonId}-phieu-cau-hoi.pdf`,
  /** A lesson's quiz answer key for teachers (A4). */
  answerKey: (lessonId: string) => `/tai-ve/bai-giang/${lessonId}-dap-an.pdf`,
  /** A school level's ZIP of every lesson's files; `name` is an ASCII slug (src/posters/lesson-files.ts). */
  levelBundle: (name: string) => `/tai-ve/bai-giang/${name}.zip`,
  /** A commitment form to print. */
  form: (formId: string) => `/tai-ve/mau-cam-ket/${formId}.pdf`,
} as const;

/** Where the build-only endpoint writes the job list (src/pages/tai-ve/posters-manifest.json.ts); removed after the build. */
export const MANIFEST_PATH = '/tai-ve/posters-manifest.json';

/** Whether a URL path is one the generator owns (for the dev server). */
export function isPosterPath(path: string): boolean {
  return path.startsWith('/anh-chia-se/') || path.startsWith('/tai-ve/');
}
