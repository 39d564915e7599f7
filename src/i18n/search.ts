/** Every Vietnamese string of search: the header box, the search page, its filters and its states. */
import { sectionColumn, type SectionKey } from './sections.ts';

/** The order of the type filter's chips: every section once (reading first, the hotlines and the about page last). */
export const pageTypeOrder = [
  'articles',
  'lessons',
  'programmes',
  'campaigns',
  'documents',
  'broadcasts',
  'forms',
  'hotlines',
  'about',
] as const satisfies readonly SectionKey[];

/** Page types as readers see them on result badges and on the type filter: each section's `search` name (src/i18n/sections.ts). */
export const pageTypeLabels = sectionColumn('search', pageTypeOrder);

export type PageType = keyof typeof pageTypeLabels;

export const searchText = {
  title: 'Tìm kiếm',
  description:
    'Tìm bài viết, bài giảng, văn bản, số điện thoại đường dây nóng trên cổng thông tin. Gõ có dấu hay không dấu đều được.',
  boxLabel: 'Tìm trong cổng thông tin',
  placeholder: 'Ví dụ: ma túy núp bóng, duong day nong',
  submit: 'Tìm',
  hint: 'Gõ có dấu hay không dấu đều được; có thể dùng cách gọi quen thuộc như “nước vui”, “vape”, “kẹo ke”.',
  filtersHeading: 'Lọc kết quả',
  filtersHint: 'Chọn một hay nhiều mục; không cần gõ từ khóa để xem mọi trang thuộc mục đó.',
  filterNames: { type: 'Loại trang', category: 'Chuyên mục', audience: 'Dành cho', level: 'Cấp học' },
  clearFilters: 'Bỏ chọn tất cả bộ lọc',
  /** After the filters' heading when some are chosen. */
  filtersChosen: (n: number) => `(đã chọn ${n})`,
  /** Count after a chip's label, read by screen readers as part of the label. */
  chipCount: (n: number) => `(${n})`,
  loading: 'Đang tìm…',
  loadFailed: 'Chưa tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi tải lại trang, hoặc duyệt theo mục bên dưới.',
  found: (n: number, q: string) => `Tìm thấy ${n} kết quả cho “${q}”.`,
  foundFiltered: (n: number, q: string, filters: string) => `Tìm thấy ${n} kết quả cho “${q}”, lọc theo ${filters}.`,
  browsing: (n: number, filters: string) => `Có ${n} trang thuộc ${filters}, mới nhất trước.`,
  nothingInFilters: (filters: string) => `Chưa có trang nào thuộc ${filters}.`,
  alsoSearched: (terms: string) => `Đã tìm cả: ${terms}.`,
  results: 'Kết quả tìm kiếm',
  /** The button under the list that adds the next results. */
  more: 'Xem thêm kết quả',
  /** Beside the "more" button, and announced after the count when the reader has asked for more. */
  shown: (shown: number, total: number) =>
    shown < total ? `Đang hiện ${shown} trên ${total} kết quả.` : `Đã hiện hết ${total} kết quả.`,
  /** Heading of the separate list shown when no page holds every word of the query (words as typed). */
  closestTitle: (words: readonly string[]) =>
    `Không có trang nào chứa đủ các từ ${words.map((w) => `“${w}”`).join(', ')}; các trang gần nhất:`,
  /** The same heading before the words are known (the page's static HTML). */
  closestHeading: 'Các trang gần nhất',
  closestList: 'Các trang gần nhất, chưa chứa đủ các từ đã tìm',
  noResultsTitle: 'Không tìm thấy kết quả phù hợp',
  noResultsFor: (q: string) => `Không có trang nào khớp với “${q}”.`,
  suggestionsTitle: 'Bạn có thể thử:',
  suggestions: [
    'Gõ ít từ hơn, hoặc từ khác cùng nghĩa.',
    'Kiểm tra lỗi chính tả; gõ không dấu cũng được.',
    'Bỏ bớt bộ lọc đang chọn.',
  ],
  popularTitle: 'Tìm nhiều:',
  popular: ['ma túy núp bóng', 'thuốc lá điện tử', 'đường dây nóng', 'tố giác tội phạm', 'bài giảng'],
  urgent: (commune: string) => `Cần báo tin ngay? Gọi đường dây nóng của ${commune}:`,
  urgentCall: (phone: string) => `Gọi ${phone}`,
  browseTitle: 'Duyệt theo mục',
  noscript: 'Ô tìm kiếm cần bật JavaScript. Bạn vẫn có thể duyệt nội dung theo các mục dưới đây.',
  /** Joins the chosen filter values in a sentence: “Bài giảng, Trung học cơ sở”. */
  filterList: (values: string[]) => values.map((v) => `“${v}”`).join(', '),
} as const;

/** Labels of the search settings editors fill in the CMS. */
export const searchSettingsText = {
  file: {
    label: 'Cài đặt tìm kiếm',
    description: 'Từ đồng nghĩa, tiếng lóng để ô tìm kiếm hiểu cách người dân gõ.',
  },
  synonyms: {
    label: 'Từ đồng nghĩa, tiếng lóng',
    hint: 'Mỗi dòng: các cách gọi của người dân (tiếng lóng, viết sai thường gặp) và từ dùng trong bài viết. Khi tìm một cách gọi, trang tìm cả từ trong bài.',
  },
  slang: {
    label: 'Cách gọi của người dân',
    hint: 'Ví dụ: nước vui, kẹo ke, vape. Không cần gõ dấu hai lần: tìm không dấu vẫn khớp.',
  },
  means: { label: 'Từ dùng trong bài', hint: 'Từ hoặc cụm từ các bài viết dùng, ví dụ: ketamine, thuốc lá điện tử.' },
} as const;
