/**
 * Vietnamese text of content errors as editors see them: the build's report of a file whose fields are wrong
 * (named by the labels the CMS shows) and the error page `npm start` shows in place of the site while a content
 * file has an error.
 */

/** The build's report of one content file. */
export const entryReportText = {
  heading: (file: string, count: number) => `Dừng xây dựng trang: tệp ${file} có ${count} chỗ cần sửa:`,
  /** A field of the file, as the CMS names it, then its key in the file (for editing the file by hand). */
  field: (label: string, key: string) => (label === key ? `"${key}"` : `${label} (trong tệp: ${key})`),
  /** The separator between a list or group and what is inside it: "Danh bạ › mục 2 › Số điện thoại". */
  nested: ' › ',
  item: (n: number) => `mục ${n}`,
  /** A key the content model does not have: it has no label. */
  unknownKey: (key: string) => `trường "${key}"`,
  missing: 'thiếu',
  fix: 'Cách sửa',
  fillIn: 'hãy điền trường này',
  fillInDate: 'hãy điền ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-26',
  choose: (labels: readonly string[]) => `hãy chọn một trong: ${labels.join(', ')}`,
  addItem: 'hãy thêm ít nhất một mục',
  /** Where a privacy finding is, on the preview's error page: "Thông tin cá nhân, dòng 8". */
  privacyWhere: (where: string) => `Thông tin cá nhân, ${where}`,
  /** After the privacy report of a file that also has wrong fields. */
  alsoFields: (file: string) => `  Tệp ${file} còn có trường chưa đúng:`,
  /** The fallback for a value of the wrong kind, by what the field expects. */
  expected: {
    object: 'Phải là một nhóm trường.',
    array: 'Phải là một danh sách.',
    string: 'Phải là chữ.',
    number: 'Phải là một số.',
    boolean: 'Giá trị phải là true (có) hoặc false (không).',
    other: 'Giá trị không đúng kiểu.',
  },
} as const;

/** The error page of the local preview (`npm start`). */
export const devErrorPageText = {
  banner: 'Xem thử trang trên máy này (npm start)',
  title: 'Nội dung có lỗi, trang chưa hiển thị được',
  intro:
    'Trang xem thử đang dừng vì có tệp nội dung cần sửa. Sửa theo hướng dẫn bên dưới (trong trang quản trị /admin/ hoặc trong tệp), lưu lại, rồi tải lại trang này.',
  file: (file: string) => `Tệp ${file}`,
  fix: 'Cách sửa',
  openAdmin: 'Mở trang quản trị',
  reload: 'Khi đã sửa xong, tải lại trang (F5): trang sẽ hiện lại bình thường.',
  none: 'Không còn lỗi nội dung. Hãy mở lại trang bạn đang xem.',
  home: 'Về trang chủ',
} as const;
