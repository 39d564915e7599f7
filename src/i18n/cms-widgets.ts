/** Words of the site's own additions to the CMS: the date field, the login page and the image in the body's menu. */

/** The date (and time) field of cms/date-widget.ts. */
export const dateFieldText = {
  datePlaceholder: 'ngày/tháng/năm',
  timePlaceholder: 'giờ:phút',
  dateLabel: (field: string) => `${field}: ngày, tháng, năm (ví dụ 23/11/2026)`,
  timeLabel: (field: string) => `${field}: giờ và phút, 24 giờ (ví dụ 14:30)`,
  badDate: (field: string) => `${field}: ngày chưa đúng. Hãy viết ngày/tháng/năm, ví dụ 23/11/2026.`,
  badTime: (field: string) => `${field}: giờ chưa đúng. Hãy viết giờ:phút theo 24 giờ, ví dụ 14:30.`,
  /** The day written out under the field, so a slip of a digit shows: "Thứ Hai, 23 tháng 11 năm 2026". */
  spelled: (weekday: string, day: number, month: number, year: number) =>
    `${weekday}, ${day} tháng ${month} năm ${year}`,
  /** Sunday first, as Date.getUTCDay() counts. */
  weekdays: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  vietnamTime: 'giờ Việt Nam',
} as const;

/** The login page: the portal's name above Decap's login button. */
export const loginText = {
  subtitle: 'Trang biên tập nội dung',
} as const;

/** The image that editors insert into a body from the "Chèn khung" menu (decap-cms-editor-component-image). */
export const imageComponentText = {
  label: 'Ảnh',
  image: 'Ảnh',
  alt: 'Mô tả ảnh cho người khiếm thị',
  title: 'Chú thích khi rê chuột (không bắt buộc)',
} as const;

/**
 * The drop-down lists (choices and links to other entries, react-select): what they show while loading or when
 * nothing matches, and what they tell screen readers (react-select's own messages are English).
 */
export const selectText = {
  loading: 'Đang tải danh sách…',
  noOptions: 'Không có lựa chọn nào',
  results: (count: number) => `Có ${count} lựa chọn`,
  guidanceMenu: 'Bấm mũi tên lên, xuống để chọn, Enter để lấy lựa chọn đang chọn, Esc để đóng danh sách.',
  guidanceInput: (label: string) => `Đang ở ô ${label}. Gõ để lọc, bấm mũi tên xuống để mở danh sách.`,
  guidanceValue: 'Bấm mũi tên trái, phải để qua lại các mục đã chọn, Backspace để bỏ mục đang chọn.',
  selected: (labels: string) => `Đã chọn ${labels}.`,
  deselected: (label: string) => `Đã bỏ ${label}.`,
  cleared: 'Đã bỏ hết các lựa chọn.',
  disabled: (label: string) => `${label} không chọn được. Hãy chọn mục khác.`,
  focused: (label: string, index: string) => `${label}, ${index}.`,
  position: (n: number, total: number) => `${n} trên ${total}`,
  filtered: (results: string, term: string) => (term ? `${results} cho "${term}".` : `${results}.`),
} as const;
