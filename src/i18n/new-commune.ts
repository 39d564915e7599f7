/** Vietnamese text of `npm run new-commune`: the starter files it writes and its messages. */

export const newCommuneText = {
  /** settings/site.yaml of a new commune. */
  siteName: (commune: string) => `Phòng, chống ma túy ${commune}`,
  tagline: (commune: string) => `Chung tay xây dựng ${commune} không ma túy`,
  office: (police: string) => `Trụ sở ${police}`,
  officeHours: 'Thứ Hai đến Thứ Sáu, sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ',
  /** A board's mailbox until the commune writes where it stands. */
  mailboxPending: (unit: string) => `Đang cập nhật vị trí hòm thư tố giác tội phạm của ${unit}`,
  /** Title on a placeholder contact of a board. */
  headTitle: (head: string, unit: string) => `${head} ${unit}`,
  policeTitle: (police: string, unit: string) => `Cán bộ ${police} phụ trách ${unit}`,
  /** Titles on the commune's own board, where they add to the role's label ("Trực ban Công an xã"). */
  dutyTitle: 'Tiếp nhận tin báo 24/24 giờ',
  emergencyTitle: 'Cảnh sát 113',
  /** Shown on the command line. */
  usage: [
    'Cách dùng: npm run new-commune -- <thư-mục> --name "Tên xã/phường" [--kind xa|phuong|dac-khu]',
    '           --units "Tên đơn vị 1,Tên đơn vị 2" [--unit-kind thon|to-dan-pho|khu-pho|ap|ban|…]',
    '           [--province "Tỉnh/thành phố"] [--site-url https://…] [--phone "số điện thoại của xã/phường"]',
    'Ví dụ:    npm run new-commune -- ../phuong-dien-bien --name "Điện Biên" --kind phuong --units "Tổ dân phố 1,Tổ dân phố 2"',
  ].join('\n'),
  missingFolder: 'Thiếu thư mục: hãy ghi thư mục sẽ chứa nội dung, ví dụ ../xa-cua-toi.',
  missingName: 'Thiếu tên xã/phường: hãy thêm --name "Tên", ví dụ --name "Điện Biên".',
  missingUnits:
    'Thiếu danh sách đơn vị dân cư: hãy thêm --units "Thôn 1,Thôn 2" (mỗi thôn, tổ dân phố… một bảng đường dây nóng).',
  unknownOption: (option: string) => `Không hiểu tùy chọn "${option}": hãy xem cách dùng bên dưới.`,
  missingValue: (option: string) => `Tùy chọn ${option} cần một giá trị, ví dụ ${option} "…".`,
  badKind: (kind: string, allowed: string[]) =>
    `--kind "${kind}" không có trong danh sách: hãy dùng một trong ${allowed.join(', ')}.`,
  badUnitKind: (kind: string, allowed: string[]) =>
    `--unit-kind "${kind}" không có trong danh sách: hãy dùng một trong ${allowed.join(', ')}.`,
  badPhone: (phone: string) =>
    `--phone "${phone}" không phải số điện thoại Việt Nam: hãy ghi số di động 10 chữ số, số máy bàn 11 chữ số bắt đầu bằng 02, hoặc 113.`,
  badUrl: (url: string) => `--site-url "${url}" không phải địa chỉ web: hãy ghi đầy đủ, ví dụ https://xacuatoi.gov.vn.`,
  duplicateUnit: (file: string) => `Hai đơn vị dân cư cùng tên tệp ${file}: hãy đặt tên khác nhau trong --units.`,
  notEmpty: (folder: string) =>
    `Thư mục ${folder} đã có tệp: lệnh không ghi đè nội dung có sẵn. Hãy chọn một thư mục mới hoặc thư mục trống.`,
  written: (folder: string, count: number) => `Đã tạo ${count} tệp trong ${folder}:`,
  next: (folder: string, siteUrlGiven: boolean, phoneGiven: boolean) =>
    [
      'Việc tiếp theo:',
      `  1. Dựng thử: CONTENT_DIR=${folder} npm run build (hoặc npm start để soạn trong CMS).`,
      '  2. Gọi thử và thay các số ghi "số minh họa" trên bảng đường dây nóng (hotlines/…), rồi tắt "isExample".',
      phoneGiven
        ? ''
        : '  3. Ghi số điện thoại thật của xã/phường trong settings/site.yaml (contact.phone) và tắt phoneIsExample.',
      siteUrlGiven ? '' : '  4. Ghi địa chỉ web thật của cổng thông tin trong settings/site.yaml (siteUrl).',
      '  Các mục khác (bài viết, văn bản, bài giảng…) hiện trên trang khi có bài đầu tiên.',
    ]
      .filter(Boolean)
      .join('\n'),
} as const;
