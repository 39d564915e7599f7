/** Vietnamese text of the page frame around every reader page: the compact header, its menu button, the footer links. */
export const layoutText = {
  /** The phone header's button that unfolds the menu (a <summary>, works without JavaScript). */
  menuButton: 'Danh mục',
  /** Short label before the number on the call button in the phone header. */
  callShort: 'Gọi',
  /** Article date line: "Đăng ngày 14 tháng 10 năm 2026 · Cập nhật ngày 20 tháng 11 năm 2026 · 3 phút đọc". */
  published: 'Đăng',
  updated: 'Cập nhật',
  /** Between the facts of one line (date line, list item facts, footer links), spaces included. */
  separator: ' · ',
  /** The footer link to the English page on organisation and contacts, in English (it leads to an English page). */
  englishLink: 'English',
  /** Title and introduction of the reader-facing HTML sitemap. */
  sitemapTitle: 'Sơ đồ trang',
  sitemapIntro: 'Tất cả các mục của cổng thông tin và các trang trong từng mục.',
  sitemapOther: 'Trang khác',
  sitemapEnglish: 'Tổ chức và liên hệ (tiếng Anh)',
} as const;
