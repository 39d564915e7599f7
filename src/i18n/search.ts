/** Every Vietnamese string of search: the header box, the search page, its filters and its states (search-live.ts). */
import { sectionColumn, type SectionKey } from './sections.ts';
import { searchLiveText } from './search-live.ts';

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
  results: 'Kết quả tìm kiếm',
  /** The button under the list that adds the next results. */
  more: 'Xem thêm kết quả',
  /** The same heading before the words are known (the page's static HTML). */
  closestHeading: 'Các trang gần nhất',
  closestList: 'Các trang gần nhất, chưa chứa đủ các từ đã tìm',
  noResultsTitle: 'Không tìm thấy kết quả phù hợp',
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
  ...searchLiveText,
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
