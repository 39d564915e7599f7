/** Vietnamese text of the generated share images, posters, banners, handouts, forms, and their download links. */
import { sectionKeys, sectionSegment, sectionTable } from './sections.ts';

export const posterText = {
  /** Labels shown above the title on share images, by the first segment of the page's address. */
  kicker: {
    '': 'Trang chủ',
    // Each section's `kicker` (src/i18n/sections.ts) by the first segment of its route.
    ...Object.fromEntries(sectionKeys.map((key) => [sectionSegment(key), sectionTable[key].kicker])),
    other: 'Thông tin',
  } as Record<string, string>,
  hotlineShort: 'Đường dây nóng',
  programmeLine: 'Phòng, chống ma túy',
  board: {
    title: 'ĐƯỜNG DÂY NÓNG',
    subtitle: 'PHÒNG, CHỐNG MA TÚY',
    callIntro: 'Phát hiện hành vi liên quan đến ma túy, hãy báo ngay:',
    mailbox: 'Hòm thư tố giác tội phạm',
    vneidTitle: 'Báo tin qua ứng dụng VNeID',
    secret: 'Thông tin người báo tin được giữ bí mật.',
    emergency: 'Khẩn cấp, gọi 113',
    qrCaption: 'Quét mã để xem số mới nhất',
    /** Under the second QR code, which opens the numbers as phone contacts. */
    contactsQrCaption: 'Quét mã để lưu các số vào danh bạ',
    verifiedOn: (date: string) => `Cập nhật ngày ${date}`,
    example: 'số minh họa',
    exampleNote: 'Số ghi “số minh họa” chưa được công bố chính thức.',
  },
  stickers: {
    title: (commune: string) => `Tem mã QR đường dây nóng: ${commune}`,
    heading: 'ĐƯỜNG DÂY NÓNG',
    scan: 'Quét mã để xem đủ số',
  },
  poster: {
    heading: 'HƯỞNG ỨNG',
    theme: 'Chủ đề',
    subject: 'Áp phích tuyên truyền phòng, chống ma túy',
    period: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
    keyDates: 'Các mốc quan trọng',
    hotline: 'Đường dây nóng',
    /** The site's main number when no board names its role. */
    duty: 'Đường dây nóng (24/24 giờ)',
    qrCaption: 'Quét mã để xem chi tiết',
  },
  banner: {
    kind: 'Băng rôn',
    respond: 'hưởng ứng',
  },
  handout: {
    kind: 'PHIẾU BÀI GIẢNG NGOẠI KHÓA',
    level: 'Cấp học',
    duration: 'Thời lượng',
    minutes: (m: number) => `${m} phút`,
    objectives: 'Mục tiêu',
    materials: 'Chuẩn bị',
    activities: 'Tiến trình',
    keyMessages: 'Thông điệp chính',
    hotline: 'Khi cần báo tin hoặc được giúp đỡ',
    page: (n: number, total: number) => `Trang ${n}/${total}`,
  },
  form: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập – Tự do – Hạnh phúc',
    intro: 'Sau khi được tuyên truyền, phổ biến các quy định của pháp luật về phòng, chống ma túy, tôi xin cam kết:',
    datePlace: (commune: string) => `${commune}, ngày …… tháng …… năm ……`,
  },
  /** Download links on the pages. */
  downloads: {
    heading: 'Tải về để in và chia sẻ',
    boardPdf: 'Bảng đường dây nóng (PDF, khổ A4)',
    boardPng: 'Bảng đường dây nóng (ảnh PNG 300 dpi)',
    stickers: (units: string) => `Tem mã QR cho ${units} (PDF, khổ A4)`,
    poster: 'Áp phích chiến dịch (PDF, khổ A3)',
    bannerPdf: 'Băng rôn (PDF, tỉ lệ 5:1, 4 m × 0,8 m)',
    bannerPng: 'Băng rôn (ảnh PNG xem trước)',
    form: 'Mẫu cam kết để in (PDF, khổ A4)',
    square: 'Ảnh vuông để đăng Zalo, Facebook (PNG)',
    share: 'Ảnh chia sẻ (PNG)',
    previewSquare: (title: string) => `Ảnh vuông của bài “${title}”`,
    previewShare: (title: string) => `Ảnh chia sẻ của bài “${title}”`,
  },
  shareAlt: (kicker: string, title: string) => `${kicker}: ${title}`,
  /** Dev server only (npm start): shown in place of an image or PDF the next build makes and that does not exist yet. */
  devPlaceholder: {
    image: 'Ảnh sẽ được tạo khi xuất bản',
    file: 'Tệp sẽ được tạo khi xuất bản',
    hint: 'Bản xem trên máy chưa có tệp này. Lần xây dựng trang tiếp theo (npm start, npm run build hoặc khi đăng lên mạng) sẽ tạo tệp thật.',
  },
  /** Build errors (shown to whoever runs the build). */
  errors: {
    renderFailed: (file: string, page: string, reason: string) =>
      `Không tạo được tệp ${file} (trang ${page}): ${reason}`,
    duplicate: (file: string, first: string, second: string) =>
      `Hai trang cùng tạo tệp ${file}: ${first} và ${second}. Hãy đổi đường dẫn của một trang.`,
    noManifest: (file: string) =>
      `Không tìm thấy danh sách tệp cần tạo (${file}): trang src/pages/tai-ve/posters-manifest.json.ts phải có trong bản dựng.`,
    noTitle: (page: string) => `Trang ${page} không có thẻ og:title để làm ảnh chia sẻ.`,
    /** Prints or images (`files`, the first few of `count`) would show a number marked "số minh họa" in `source` without the mark. */
    unmarkedExample: (source: string, field: string, phone: string, files: string[], count: number) =>
      `${source}\n    ${field}: số ${phone} là "số minh họa" nhưng ${count} tệp in, ảnh (${files.join(', ')}${count > files.length ? `, và ${count - files.length} tệp khác` : ''}) sẽ in số này như số thật. Số chưa xác nhận in ra mà không ghi "số minh họa" có thể khiến người dân gọi nhầm. Hãy gọi thử và bỏ "Số minh họa" nếu số đã đúng, hoặc bật "Số minh họa" ở mọi nơi dùng số này (kể cả "Số điện thoại là số minh họa" trong settings/site.yaml).`,
  },
} as const;
