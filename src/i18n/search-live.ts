/**
 * The Vietnamese strings the search page's script writes (states, counts, result headings): a module of their own,
 * so that the script (src/search/client/main.ts) carries only these, not the text the page is rendered with.
 */

export const searchLiveText = {
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
  /** Beside the "more" button, and announced after the count when the reader has asked for more. */
  shown: (shown: number, total: number) =>
    shown < total ? `Đang hiện ${shown} trên ${total} kết quả.` : `Đã hiện hết ${total} kết quả.`,
  /** Heading of the separate list shown when no page holds every word of the query (words as typed). */
  closestTitle: (words: readonly string[]) =>
    `Không có trang nào chứa đủ các từ ${words.map((w) => `“${w}”`).join(', ')}; các trang gần nhất:`,
  noResultsFor: (q: string) => `Không có trang nào khớp với “${q}”.`,
  /** Joins the chosen filter values in a sentence: “Bài giảng, Trung học cơ sở”. */
  filterList: (values: string[]) => values.map((v) => `“${v}”`).join(', '),
} as const;
