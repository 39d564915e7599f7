/**
 * The reporting facts every page, print and article shares (where the crime-report mailboxes are, how to report
 * in VNeID), as editors see them in the site settings, and the defaults used until a commune writes its own.
 */

/** Labels of the settings group "Cách báo tin" (settings/site.yaml → reporting). */
export const reportingFieldText = {
  group: {
    label: 'Cách báo tin (dùng chung)',
    hint: 'Một nơi duy nhất cho vị trí hòm thư và các bước báo tin qua VNeID: trang đường dây nóng, khối "Cách tố giác" trong bài viết và bảng đường dây nóng in ra đều lấy từ đây. Để trống: dùng nội dung mặc định.',
  },
  mailbox: {
    label: 'Hòm thư tố giác tội phạm đặt ở đâu',
    hint: 'Một câu cho cả xã/phường, ví dụ: "Mỗi thôn có một hòm thư tại nhà văn hóa thôn; hòm thư của xã đặt ở cổng trụ sở Công an xã." Vị trí của từng thôn, tổ dân phố ghi trên bảng của đơn vị đó.',
  },
  vneidSteps: {
    label: 'Các bước báo tin qua ứng dụng VNeID',
    hint: 'Mỗi bước một dòng, ngắn gọn (bảng in có chỗ cho khoảng 4 bước).',
  },
  demo: {
    label: 'Đây là trang mẫu (demo)',
    hint: 'Chỉ bật cho nội dung mẫu đi kèm bộ mã. Trang mẫu vẫn cảnh báo bảng số điện thoại quá hạn kiểm tra nhưng không dừng bản dựng. Trang thật của xã/phường phải để tắt.',
  },
} as const;

/** What readers see until the settings say otherwise. */
export const reportingDefaults = {
  mailbox: 'Vị trí hòm thư tố giác tội phạm được ghi trên bảng đường dây nóng của từng đơn vị.',
  vneidSteps: [
    'Mở ứng dụng VNeID, đăng nhập tài khoản định danh điện tử mức độ 2.',
    'Chọn “Dịch vụ khác”, rồi chọn mục “Tố giác, tin báo về tội phạm”.',
    'Ghi sự việc, địa điểm, thời gian; đính kèm ảnh nếu có.',
    'Kiểm tra lại rồi bấm “Gửi”. Có thể không ghi tên người báo.',
  ],
} as const;

/** Reader text of the reporting block. */
export const reportingText = {
  mailbox: 'Bỏ thư vào hòm thư tố giác tội phạm.',
  vneid: 'Gửi tin báo qua ứng dụng VNeID:',
  /** Menu label of the content component <ReportSteps /> in the CMS. */
  componentLabel: 'Cách tố giác (các bước dùng chung)',
  /** A VNeID step read aloud: "Bước 1:". */
  step: (n: number) => `Bước ${n}:`,
  appNote:
    'Tên các mục trong ứng dụng có thể thay đổi theo phiên bản; nếu chưa rành, hãy nhờ cán bộ Công an hướng dẫn.',
} as const;

/** A hotline board past its checking window, on the page and in the demo's build log. */
export const boardAgeText = {
  /** Under the board on the site, once it is past the warning window. */
  stale: (days: number) =>
    `Bảng này đã ${days} ngày chưa được kiểm tra lại; số điện thoại có thể đã thay đổi. Khi khẩn cấp, hãy gọi 113.`,
  /** The demo's build log, where a real commune's build would stop. */
  demoWarning: (file: string, unit: string, days: number, limit: number) =>
    `Cảnh báo (trang mẫu): ${file}: bảng số điện thoại ${unit} chưa được kiểm tra ${days} ngày (quá ${limit} ngày). Trang thật của xã/phường sẽ dừng bản dựng ở đây; trang mẫu (demo: true) vẫn dựng tiếp.`,
} as const;
