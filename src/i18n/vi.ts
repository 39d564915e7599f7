/**
 * Every Vietnamese string of the portal: what readers see, what editors see in the CMS,
 * and the messages that tell an editor how to fix bad content. Components never hold text.
 */

import { sectionColumn, sectionTable } from './sections.ts';

/** Messages that tell an editor what is wrong with a value and how to fix it. */
export const messages = {
  required: 'Bắt buộc: hãy điền trường này.',
  tooShort: (n: number) => `Quá ngắn: cần ít nhất ${n} ký tự.`,
  tooLong: (n: number) => `Quá dài: tối đa ${n} ký tự, hãy rút gọn.`,
  unprintable: (code: string) =>
    `Có một ký tự không in được (${code}), thường do dán từ phần mềm khác: hãy xóa ký tự đó (hoặc gõ lại đoạn chữ) rồi lưu.`,
  phone:
    'Số điện thoại không hợp lệ: dùng số di động 10 chữ số (ví dụ 0912 345 678), số máy bàn 11 chữ số bắt đầu bằng 02 (ví dụ 0225 3123 456) hoặc số khẩn cấp 113.',
  url: 'Địa chỉ web không hợp lệ: cần bắt đầu bằng https://',
  date: 'Ngày không hợp lệ: viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-26.',
  boolean: 'Giá trị phải là true (có) hoặc false (không).',
  number: 'Phải là một số nguyên.',
  atLeast: (n: number) => `Phải lớn hơn hoặc bằng ${n}.`,
  atMost: (n: number) => `Phải nhỏ hơn hoặc bằng ${n}.`,
  choice: (values: readonly string[]) => `Giá trị không có trong danh sách: chọn một trong ${values.join(', ')}.`,
  list: 'Phải là một danh sách.',
  atLeastItems: (n: number) => `Cần ít nhất ${n} mục.`,
  object: 'Phải là một nhóm trường.',
  altRequired: 'Ảnh cần có mô tả: hãy viết một câu mô tả nội dung ảnh cho người khiếm thị.',
  slug: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ thon-dong-lac.',
  endBeforeStart: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  residentialKindNeeded: (kind: string) =>
    `Đơn vị này thuộc một xã/phường (có "parent") nên phải là đơn vị dân cư (thôn, tổ dân phố, khu phố, ấp, bản…), không phải "${kind}". Sửa "kind", hoặc xóa "parent" nếu đây chính là xã/phường.`,
  parentNeeded: (kind: string) =>
    `Đơn vị dân cư "${kind}" phải thuộc một xã/phường: thêm "parent" là tên tệp của xã/phường (không có .yaml), hoặc đổi "kind" thành xa, phuong hay dac-khu nếu đây chính là xã/phường.`,
  missingReference: (what: string, slug: string, folder: string) =>
    `Không tìm thấy ${what} "${slug}": hãy kiểm tra lại, hoặc tạo tệp ${folder}/${slug}.yaml trước.`,
  duplicateId: (collection: string, id: string, files: string[]) =>
    `Hai tệp trong "${collection}" có cùng đường dẫn "${id}": ${files.join(' và ')}. Hãy đổi tên một tệp.`,
  siteMissing: (file: string) =>
    `Thiếu tệp cài đặt ${file}: hãy tạo tệp này (xem README, mục cấu trúc thư mục nội dung).`,
  communeMissing: (slug: string) =>
    `Cài đặt "unit" trỏ tới "${slug}" nhưng không có đơn vị cấp xã/phường nào mang tên đó trong thư mục units.`,
  mdxBroken: (file: string, reason: string) =>
    `Nội dung MDX của ${file} bị lỗi: ${reason}. Hãy mở tệp và sửa đoạn được chỉ ra.`,
  keyDateInvalid: (value: string) =>
    `Ngày "${value}" trong KeyDate không hợp lệ: viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-26.`,
  frontMatterMissing: (file: string) =>
    `Tệp ${file} thiếu phần thông tin đầu bài: tệp phải bắt đầu bằng một dòng ---, các trường, rồi một dòng --- nữa.`,
  /**
   * A front matter or YAML file that cannot be read: `reason` says what is wrong and how to fix it (`yamlReasons`);
   * `at` is the place (the lines around it follow the message, src/content-model/yaml-error.ts).
   */
  yamlBroken: (file: string, reason: string, at?: { line: number; column: number }) =>
    `Không đọc được phần thông tin của ${file}${at ? ` (dòng ${at.line}, cột ${at.column})` : ''}: ${reason}.`,
  /** What a YAML error means, by the reader's error code (src/content-model/yaml-error.ts), and how to fix it. */
  yamlReasons: {
    DUPLICATE_KEY: 'một trường được ghi hai lần; hãy giữ một dòng và xóa dòng kia',
    TAB_AS_INDENT: 'dòng được thụt vào bằng phím Tab; hãy thụt bằng dấu cách',
    BAD_INDENT: 'các dòng cùng cấp không thẳng hàng; hãy thụt vào bằng cùng một số dấu cách',
    MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép " hoặc ngoặc ]); hãy đóng lại ngay cuối giá trị',
    BLOCK_AS_IMPLICIT_KEY:
      'giá trị có dấu hai chấm; hãy đặt cả giá trị trong ngoặc kép, ví dụ title: "Chú ý: ma túy núp bóng"',
    aliases: 'có ký hiệu & hoặc * (tham chiếu) mà nội dung không dùng; hãy viết thẳng giá trị',
    notFields: 'đây không phải một nhóm trường; mỗi dòng phải có dạng tên trường: giá trị',
    other: 'sai cú pháp; hãy kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép',
  },
  unknownField: 'Trường này không có trong mô hình nội dung: hãy xóa nó hoặc kiểm tra lại chính tả tên trường.',
  buildFailed: 'Dừng xây dựng trang: nội dung có lỗi, chưa có trang nào được xuất bản.',
  buildUnchanged: 'Không có gì thay đổi kể từ lần xây dựng trước: giữ nguyên trang đã có.',
} as const;

/** Labels and hints for every field editors fill in. */
export const fieldText = {
  title: { label: 'Tiêu đề', hint: 'Ngắn gọn, dễ hiểu.' },
  summary: { label: 'Tóm tắt', hint: 'Một hai câu giới thiệu, hiện ở danh sách và khi chia sẻ lên Zalo, Facebook.' },
  publishDate: { label: 'Ngày đăng', hint: 'Bài có ngày đăng ở tương lai sẽ tự xuất hiện vào đúng ngày đó.' },
  updatedDate: { label: 'Ngày cập nhật' },
  category: { label: 'Chuyên mục' },
  audiences: { label: 'Đối tượng', hint: 'Bài viết dành cho ai (chọn một hoặc nhiều).' },
  tags: { label: 'Từ khóa', hint: 'Các từ khóa giúp tìm bài, ví dụ: thuốc lá điện tử, bóng cười.' },
  cover: { label: 'Ảnh minh họa' },
  coverAlt: {
    label: 'Mô tả ảnh',
    hint: 'Mô tả nội dung ảnh cho người khiếm thị, ví dụ: Cán bộ công an nói chuyện với học sinh.',
  },
  draft: { label: 'Bản nháp', hint: 'Bật để lưu mà chưa xuất bản.' },
  body: { label: 'Nội dung' },
  name: { label: 'Tên' },
  unitKind: { label: 'Loại đơn vị' },
  residentialKind: {
    label: 'Loại đơn vị dân cư',
    hint: 'Chỉ với xã/phường: các đơn vị dân cư của xã/phường gọi là gì (thôn, tổ dân phố, khu phố, ấp, bản…). Để trống: xã có thôn, phường có tổ dân phố.',
  },
  phoneIsExample: {
    label: 'Số điện thoại là số minh họa',
    hint: 'Bật nếu số trên chưa phải số thật: mọi trang, bản in và bản đọc trên loa sẽ ghi "số minh họa".',
  },
  parent: { label: 'Thuộc xã/phường', hint: 'Để trống với chính xã/phường; với thôn, tổ dân phố hãy chọn xã/phường.' },
  province: { label: 'Tỉnh/thành phố' },
  address: { label: 'Địa chỉ' },
  officeHours: { label: 'Giờ làm việc' },
  order: { label: 'Thứ tự hiển thị', hint: 'Số nhỏ đứng trước.' },
  population: { label: 'Mô tả ngắn', hint: 'Ví dụ: số hộ, vị trí, điểm đáng chú ý.' },
  unit: { label: 'Đơn vị', hint: 'Bảng số điện thoại này thuộc xã/phường hay thôn, tổ dân phố nào.' },
  contacts: { label: 'Danh sách liên hệ' },
  role: { label: 'Vai trò' },
  personName: { label: 'Họ và tên', hint: 'Họ tên cán bộ (thông tin công khai). Để trống với số của cơ quan.' },
  personTitle: { label: 'Chức vụ' },
  phone: { label: 'Số điện thoại', hint: 'Số di động 10 chữ số hoặc số máy bàn 11 chữ số.' },
  isExample: { label: 'Số minh họa', hint: 'Bật nếu đây chưa phải số thật (trang sẽ ghi rõ "số minh họa").' },
  mailbox: { label: 'Vị trí hòm thư tố giác tội phạm' },
  verifiedOn: { label: 'Ngày kiểm tra gần nhất', hint: 'Ngày cán bộ gọi thử và xác nhận các số còn đúng.' },
  note: { label: 'Ghi chú' },
  programmeKind: { label: 'Loại mô hình' },
  place: { label: 'Địa bàn' },
  since: { label: 'Thành lập từ' },
  members: { label: 'Thành viên', hint: 'Ví dụ: 45 hộ gia đình; 12 đoàn viên.' },
  activities: { label: 'Hoạt động' },
  results: { label: 'Kết quả' },
  level: { label: 'Cấp học' },
  durationMinutes: { label: 'Thời lượng (phút)' },
  classNotes: {
    label: 'Ghi chú về lớp học',
    hint: 'Không bắt buộc. Sĩ số, cách chia nhóm, cách kê bàn. Ví dụ: Lớp 30–40 em, chia 6 nhóm.',
  },
  objectives: { label: 'Mục tiêu' },
  lessonActivities: { label: 'Các hoạt động' },
  activityName: { label: 'Tên hoạt động' },
  activityMinutes: { label: 'Số phút' },
  activityDescription: { label: 'Cách thực hiện' },
  materials: { label: 'Chuẩn bị' },
  sessions: {
    label: 'Các buổi đã dạy',
    hint: 'Ghi lại mỗi buổi ngoại khóa đã tổ chức: chỉ tiêu là ít nhất 2 buổi mỗi học kỳ.',
  },
  sessionDate: { label: 'Ngày dạy' },
  sessionPlace: { label: 'Trường, lớp' },
  keyMessages: { label: 'Thông điệp chính' },
  attachments: { label: 'Tệp đính kèm', hint: 'PDF, Word hoặc PowerPoint để giáo viên tải về.' },
  attachmentLabel: { label: 'Tên tệp' },
  attachmentFile: { label: 'Tệp' },
  theme: { label: 'Chủ đề' },
  slogan: { label: 'Khẩu hiệu' },
  startDate: { label: 'Ngày bắt đầu' },
  endDate: { label: 'Ngày kết thúc' },
  keyDates: { label: 'Các mốc quan trọng' },
  keyDate: { label: 'Ngày' },
  keyDateLabel: { label: 'Sự kiện' },
  documentKind: { label: 'Loại văn bản' },
  issuer: { label: 'Cơ quan ban hành' },
  issueDate: { label: 'Ngày ban hành' },
  attachment: { label: 'Tệp văn bản (PDF)' },
  scheduledWeek: { label: 'Tuần phát', hint: 'Chọn một ngày bất kỳ trong tuần sẽ phát trên loa.' },
  formAudience: { label: 'Dành cho' },
  commitments: { label: 'Các điều cam kết' },
  siteName: { label: 'Tên cổng thông tin' },
  tagline: { label: 'Khẩu hiệu dưới tên' },
  siteUrl: { label: 'Địa chỉ trang web', hint: 'Địa chỉ đầy đủ khi xuất bản, ví dụ https://lacphuong.example.vn' },
  communeRef: { label: 'Xã/phường', hint: 'Chọn đơn vị cấp xã/phường của cổng thông tin.' },
  logo: { label: 'Biểu trưng' },
  logoAlt: { label: 'Mô tả biểu trưng' },
  contact: { label: 'Liên hệ' },
  email: { label: 'Thư điện tử' },
  social: { label: 'Mạng xã hội' },
  facebook: { label: 'Trang Facebook' },
  zalo: { label: 'Trang Zalo OA' },
  targets: { label: 'Chỉ tiêu tuyên truyền' },
  postsPerWeek: { label: 'Số bài đăng mỗi tuần', hint: 'Ví dụ: ít nhất 2 bài/tuần trên Zalo, Facebook.' },
  broadcastsPerWeek: { label: 'Số lần phát thanh mỗi tuần' },
  lessonsPerSemester: { label: 'Số buổi ngoại khóa mỗi học kỳ' },
  boardWarnDays: { label: 'Cảnh báo khi bảng số chưa kiểm tra (ngày)' },
  boardFailDays: { label: 'Dừng xuất bản khi bảng số chưa kiểm tra (ngày)' },
} as const;

/** Names of the content types, shown to editors: those with a section of the site come from its row (src/i18n/sections.ts). */
export const typeText = {
  articles: sectionTable.articles.type,
  units: { label: 'Đơn vị hành chính', labelSingular: 'Đơn vị', description: 'Xã/phường và các thôn, tổ dân phố.' },
  hotlines: sectionTable.hotlines.type,
  programmes: sectionTable.programmes.type,
  lessons: sectionTable.lessons.type,
  campaigns: sectionTable.campaigns.type,
  documents: sectionTable.documents.type,
  broadcasts: sectionTable.broadcasts.type,
  forms: sectionTable.forms.type,
  site: {
    label: 'Cài đặt chung',
    labelSingular: 'Cài đặt',
    description: 'Tên cổng thông tin, đơn vị, liên hệ, chỉ tiêu tuyên truyền.',
  },
} as const;

/** The content components, as editors see them in the CMS menu. */
export const componentText = {
  callout: {
    label: 'Khung lưu ý',
    type: 'Loại',
    title: 'Tiêu đề khung',
    body: 'Nội dung',
  },
  hotlineCard: {
    label: 'Bảng số điện thoại đường dây nóng',
    unit: 'Đơn vị (xã/phường hoặc thôn)',
    /** Why a unit written by hand in the body is refused (the CMS offers a list). */
    unitInvalid: 'Nhập tên tệp của đơn vị, chữ thường không dấu, ví dụ lac-phuong.',
  },
  download: {
    label: 'Nút tải tài liệu',
    href: 'Tệp',
    text: 'Chữ trên nút',
  },
  keyDate: {
    label: 'Mốc thời gian',
    date: 'Ngày (NĂM-THÁNG-NGÀY)',
    /** Why a date written by hand in the body is refused (the CMS offers a calendar). */
    dateInvalid: 'Viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-06-26.',
    text: 'Sự kiện',
  },
} as const;

/** Text of the CMS pages around Decap's own interface. */
export const adminText = {
  title: 'Quản trị nội dung',
  noscript: 'Trang quản trị cần bật JavaScript.',
  configFailed: 'Không tải được cấu hình trang quản trị. Hãy chạy lại lệnh npm start.',
  componentBody: 'Nội dung',
  startBanner: (site: string) => `\n  Trang web:       ${site}/\n  Trang quản trị:  ${site}/admin/\n`,
} as const;

/** The editor's tools: loudspeaker versions, share kits, the targets dashboard and report. */
export const editorialText = {
  captionHotline: (phone: string, isExample = false) =>
    `☎ Đường dây nóng: ${phone}${isExample ? ' (số minh họa)' : ''}`,
  captionLink: (url: string) => `👉 Đọc thêm: ${url}`,
  loudspeakerTitle: (title: string) => `Bản đọc trên loa: ${title}`,
  loudspeakerIntro:
    'Bản viết để đọc trên hệ thống loa truyền thanh: số điện thoại, ngày tháng và con số đã được viết thành chữ, bỏ đường dẫn và bảng.',
  loudspeakerRate: (rate: number, minutes: number) =>
    `Đọc với tốc độ khoảng ${rate} tiếng mỗi phút: khoảng ${minutes} phút.`,
  loudspeakerLink: 'Bản đọc trên loa',
  loudspeakerOpening: 'Kính thưa toàn thể nhân dân!',
  loudspeakerClosing: (site: string) => `Trên đây là bài tuyên truyền của ${site}. Xin cảm ơn bà con đã lắng nghe.`,
  hotlineSpoken: (unit: string, lines: string[]) => `Số điện thoại đường dây nóng của ${unit}: ${lines.join('; ')}.`,
  hotlineLine: (role: string, number: string, isExample = false) =>
    `${role}, số ${number}${isExample ? ', đây là số minh họa' : ''}`,
  shareKitTitle: (title: string) => `Bộ chia sẻ: ${title}`,
  shareKitLink: 'Bộ chia sẻ lên Zalo, Facebook',
  shareKitIntro: (unitList: string) =>
    `Sao chép đoạn giới thiệu dưới đây và dán vào nhóm Zalo, trang Facebook của ${unitList}.`,
  captionLabel: 'Đoạn giới thiệu để dán',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  copyFailed: 'Không sao chép được: hãy chọn đoạn văn và sao chép bằng tay.',
} as const;

/** The targets dashboard and `npm run report`. */
export const editorialReportText = {
  title: 'Chỉ tiêu tuyên truyền',
  intro:
    'Trang dành cho biên tập viên: số bài đăng, buổi phát thanh, buổi ngoại khóa so với chỉ tiêu, các mốc sắp tới và bảng số điện thoại cần kiểm tra lại. Trang không hiện trong danh mục và không được máy tìm kiếm lập chỉ mục.',
  asOf: (date: string) => `Số liệu tính đến ${date}`,
  weekColumn: 'Tuần',
  postsColumn: 'Bài đăng',
  broadcastsColumn: 'Phát thanh',
  weekLabel: (week: number, from: string, to: string) => `Tuần ${week} (${from} – ${to})`,
  posts: (published: number, scheduled: number, target: number) =>
    scheduled > 0 ? `${published} đã đăng + ${scheduled} hẹn giờ / ${target}` : `${published} / ${target}`,
  broadcasts: (count: number, target: number) => `${count} / ${target}`,
  met: 'Đạt',
  below: 'Chưa đạt',
  currentWeek: 'tuần này',
  semester: (n: number, year: string) => `Học kỳ ${n}, năm học ${year}`,
  sessions: (count: number, target: number) => `Buổi ngoại khóa đã tổ chức: ${count} / ${target}`,
  keyDatesTitle: 'Mốc sắp tới',
  boardsTitle: 'Bảng số điện thoại cần kiểm tra lại',
  boardsAllFresh: 'Tất cả bảng số điện thoại đều mới được kiểm tra.',
  boardAge: (unit: string, days: number, date: string) => `${unit}: kiểm tra lần cuối ${date}, cách đây ${days} ngày`,
  alertsTitle: 'Cần chú ý',
  noAlerts: 'Tuần này đạt mọi chỉ tiêu.',
  campaignStarts: (title: string) => `Bắt đầu: ${title}`,
  campaignEnds: (title: string) => `Kết thúc: ${title}`,
  fixedKeyDates: [
    { month: 6, day: 1, label: 'Bắt đầu Tháng hành động phòng, chống ma túy' },
    { month: 6, day: 26, label: 'Ngày Quốc tế và Ngày toàn dân phòng, chống ma túy' },
    { month: 9, day: 5, label: 'Khai giảng năm học: ký cam kết học sinh không vi phạm pháp luật về ma túy' },
  ],
  alertPosts: (planned: number, target: number) =>
    `Tuần này mới có ${planned} bài (kể cả bài hẹn giờ), chỉ tiêu ${target} bài.`,
  alertBroadcasts: (count: number, target: number) => `Tuần này mới có ${count} buổi phát thanh, chỉ tiêu ${target}.`,
  alertPreviousWeek: (count: number, target: number) => `Tuần trước chỉ đăng ${count} bài, chỉ tiêu ${target} bài.`,
  alertBoard: (unit: string, days: number) => `Bảng số điện thoại ${unit} chưa được kiểm tra ${days} ngày.`,
  boardStaleWarning: (unit: string, days: number, limit: number) =>
    `Cảnh báo: bảng số điện thoại ${unit} chưa được kiểm tra ${days} ngày (quá ${limit} ngày). Hãy gọi thử các số và cập nhật "Ngày kiểm tra gần nhất".`,
  boardStaleFailure: (file: string, unit: string, days: number, limit: number) =>
    `${file}\n    verifiedOn: bảng số điện thoại ${unit} chưa được kiểm tra ${days} ngày (quá ${limit} ngày). Số sai trên bảng công khai nguy hiểm hơn không có số: hãy gọi thử, sửa các số và cập nhật "Ngày kiểm tra gần nhất", hoặc gỡ bảng.`,
  strictFailed: 'Chưa đạt chỉ tiêu (chế độ --strict).',
} as const;

/** Text readers see on the site. */
export const ui = {
  skipToContent: 'Bỏ qua, đến nội dung chính',
  menu: 'Danh mục',
  home: 'Trang chủ',
  /** Each section's name in the menu and breadcrumbs, in the menu's order (src/i18n/sections.ts). */
  nav: sectionColumn('nav'),
  hotlineCall: 'Gọi đường dây nóng',
  hotlineTitle: 'Đường dây nóng phòng, chống ma túy',
  hotlineIntro:
    'Khi phát hiện hành vi liên quan đến ma túy, hãy báo ngay cho cơ quan Công an. Thông tin của người báo được giữ bí mật.',
  villageBoards: (unitList: string) => `Bảng số điện thoại theo ${unitList}`,
  mailbox: 'Hòm thư tố giác tội phạm',
  verifiedOn: 'Kiểm tra lần cuối',
  exampleNumber: 'số minh họa',
  exampleNote: (police: string) =>
    `Số có ghi “số minh họa” chưa được công bố chính thức; hãy gọi số của ${police} để được hướng dẫn.`,
  emergency: 'Khẩn cấp, gọi 113',
  howToReport: 'Cách tố giác tội phạm ma túy',
  /**
   * The ways to report that depend on the commune's words ("Công an phường", "tổ trưởng tổ dân phố"): first the
   * call, then in person. The mailbox and VNeID steps come from the site settings (src/data/reporting.ts).
   */
  reportWays: (w: { police: string; heads: string[] }) => [
    `Gọi điện thoại đến đường dây nóng của ${w.police} hoặc ${w.heads.map((h) => h.toLocaleLowerCase('vi')).join(', ')}.`,
    `Đến trực tiếp trụ sở ${w.police} để trình báo.`,
  ],
  latestArticles: 'Bài viết mới',
  allArticles: 'Xem tất cả bài viết',
  currentCampaign: 'Chiến dịch đang diễn ra',
  nextCampaign: 'Chiến dịch sắp tới',
  forSchools: 'Dành cho nhà trường',
  forSchoolsIntro: 'Tài liệu bài giảng ngoại khóa theo cấp học và mẫu cam kết cho học sinh.',
  readMore: 'Đọc tiếp',
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  listeningTime: (minutes: number) => `Khoảng ${minutes} phút đọc trên loa`,
  publishedOn: 'Đăng ngày',
  updatedOn: 'Cập nhật',
  category: 'Chuyên mục',
  audiences: 'Dành cho',
  tags: 'Từ khóa',
  related: 'Bài liên quan',
  share: 'Chia sẻ',
  shareFacebook: 'Chia sẻ lên Facebook',
  shareZalo: 'Chia sẻ lên Zalo',
  breadcrumb: 'Đường dẫn',
  pagination: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  pageOf: (page: number, total: number) => `Trang ${page} trên ${total}`,
  articlesInCategory: (name: string) => `Chuyên mục: ${name}`,
  allCategories: 'Tất cả chuyên mục',
  programmeFacts: {
    kind: 'Loại mô hình',
    place: 'Địa bàn',
    since: 'Thành lập',
    members: 'Thành viên',
    activities: 'Hoạt động',
    results: 'Kết quả',
  },
  lessonFacts: {
    level: 'Cấp học',
    duration: (m: number) => `${m} phút`,
    durationLabel: 'Thời lượng',
    classNotes: 'Lớp học',
    objectives: 'Mục tiêu',
    activities: 'Tiến trình',
    materials: 'Chuẩn bị',
    keyMessages: 'Thông điệp chính',
    attachments: 'Tài liệu tải về',
    minutes: (m: number) => `${m} phút`,
  },
  lessonsIntro:
    'Các kế hoạch yêu cầu tổ chức ít nhất 2 buổi ngoại khóa phòng, chống ma túy mỗi học kỳ. Bài giảng dưới đây sắp xếp theo cấp học, giáo viên có thể in và dùng ngay.',
  campaignFacts: { theme: 'Chủ đề', slogan: 'Khẩu hiệu', period: 'Thời gian', keyDates: 'Các mốc quan trọng' },
  campaignStatus: { current: 'Đang diễn ra', upcoming: 'Sắp diễn ra', past: 'Đã kết thúc' },
  documentFacts: {
    number: 'Số, ký hiệu',
    kind: 'Loại văn bản',
    issuer: 'Cơ quan ban hành',
    issueDate: 'Ngày ban hành',
    summary: 'Trích yếu',
    download: 'Tải văn bản',
  },
  broadcastFacts: { scheduledWeek: 'Tuần phát', readingTime: 'Thời lượng đọc' },
  formFacts: {
    audience: 'Dành cho',
    commitments: 'Nội dung cam kết',
    print: 'In mẫu này',
    /** Lines to fill in, by audience; `unitList` is "thôn", "tổ dân phố" or "thôn, bản". */
    fillIn: (unitList: string) => ({
      'ho-gia-dinh': ['Họ và tên chủ hộ', `Địa chỉ (${unitList})`, 'Số thành viên trong hộ'],
      'hoc-sinh': ['Họ và tên học sinh', 'Lớp', 'Trường', 'Họ và tên phụ huynh'],
    }),
    dateLine: 'ngày …… tháng …… năm ……',
    /** Who signs, by audience; `heads` are "Trưởng thôn", "Tổ trưởng tổ dân phố"… */
    signers: (heads: string[]) => ({
      'ho-gia-dinh': [heads.join(' / '), 'Chủ hộ'],
      'hoc-sinh': ['Phụ huynh học sinh', 'Học sinh'],
    }),
    signHint: '(Ký, ghi rõ họ tên)',
  },
  printHint: 'Dùng chức năng In của trình duyệt (Ctrl+P) để in trang này.',
  aboutTitle: 'Giới thiệu và liên hệ',
  contact: {
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    officeHours: 'Giờ làm việc',
    facebook: 'Facebook',
    zalo: 'Zalo',
  },
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText:
    'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Bạn có thể về trang chủ hoặc gọi đường dây nóng nếu cần báo tin.',
  rssTitle: (site: string) => `${site}: bài viết mới`,
  footerSlogan: 'Mỗi người dân là một chiến sỹ, mỗi gia đình là một pháo đài trong phòng chống ma túy.',
  footerNote:
    'Cổng thông tin không đăng tải thông tin cá nhân của người sử dụng ma túy, người cai nghiện hay người được quản lý sau cai.',
  feed: 'Nhận bài mới (RSS)',
  sitemap: 'Sơ đồ trang',
  none: 'Chưa có nội dung.',
  villagesCount: (n: number, unitList: string) => `${n} ${unitList}`,
  callNumber: (who: string) => `Gọi ${who}`,
  download: 'Tải về',
  keyDate: 'Mốc quan trọng',
  callout: { info: 'Lưu ý', warning: 'Cảnh báo', tip: 'Mẹo' },
} as const;

/** Month and weekday names used by the date formatter. */
export const calendar = {
  weekdays: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
} as const;
