/**
 * Vietnamese strings of the publishing safety gates: the privacy guard, the MDX allow-list, the loader's
 * "no silent failure" messages, and the accessibility statement page.
 */

/** Labels of the `privacy` front-matter field, as editors see it in the CMS. */
export const privacyFieldText = {
  group: {
    label: 'Ngoại lệ kiểm tra thông tin cá nhân',
    hint: 'Chỉ dùng khi bộ kiểm tra báo nhầm. Ghi đúng cụm từ bị báo và lý do đó là thông tin công khai.',
  },
  phrase: { label: 'Cụm từ được phép', hint: 'Chép đúng cụm từ bộ kiểm tra đã báo, ví dụ: Lê Văn Bình, 70 tuổi.' },
  reason: { label: 'Lý do', hint: 'Vì sao đây là thông tin công khai, ví dụ: ông Bình đồng ý công khai, giấy đồng ý lưu tại Công an xã.' },
} as const;

/** What the privacy guard found, in words an editor understands. */
export const privacyKinds = {
  idNumber: 'số căn cước công dân / chứng minh nhân dân',
  birth: 'họ tên kèm ngày, năm sinh hoặc tuổi',
  mobile: 'số di động không có trên bảng số điện thoại đường dây nóng nào',
  stigma: 'họ tên (hoặc tên viết tắt) đặt cạnh từ nói về nghiện, cai nghiện, sử dụng ma túy',
  noReason: 'ngoại lệ chưa ghi lý do (reason) nên không được tính',
} as const;

/** Messages of the privacy guard. */
export const privacyText = {
  heading:
    'Dừng xây dựng trang: nội dung có thể chứa thông tin cá nhân. Cổng thông tin không được đăng dữ liệu về người sử dụng ma túy, người cai nghiện, người sau cai (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân 2025).',
  finding: (where: string, kind: string, found: string) => `${where}: ${kind}: "${found}"`,
  line: (n: number) => `dòng ${n}`,
  attachment: (path: string, page: number) => `tệp đính kèm ${path}, trang ${page}`,
  attachmentFile: (path: string) => `tệp đính kèm ${path}`,
  exceptions: 'phần ngoại lệ (privacy)',
  fix:
    'Cách sửa: xóa hoặc ẩn danh thông tin (không ghi tên, tên viết tắt, năm sinh, số giấy tờ, số điện thoại cá nhân). ' +
    'Nếu đây là thông tin công khai (ví dụ cán bộ ký văn bản, người đã đồng ý công khai), ghi ngoại lệ kèm lý do ' +
    '(trang quản trị: mục "' + privacyFieldText.group.label + '"; trong tệp: phần thông tin đầu bài):\n' +
    '      privacy:\n        - phrase: "<đúng cụm từ bị báo>"\n          reason: "<lý do đây là thông tin công khai>"',
  pdfToolMissing: (file: string) =>
    `không kiểm tra được nội dung tệp PDF ${file} vì máy xây dựng trang chưa có lệnh pdftotext. Cách sửa: cài gói poppler-utils (apt-get install -y poppler-utils), rồi xây dựng lại.`,
  unreadable: (file: string) =>
    `không đọc được chữ trong tệp ${file} (định dạng cũ). Cách sửa: lưu lại thành PDF hoặc .docx, .xlsx, .pptx rồi tải lên thay tệp này.`,
  broken: (file: string) => `tệp ${file} bị hỏng, không mở được để kiểm tra. Cách sửa: xuất lại tệp từ phần mềm gốc rồi tải lên thay tệp này.`,
} as const;

/** Reasons the MDX allow-list rejects a body. */
export const mdxText = {
  heading: (file: string) => `Dừng xây dựng trang: nội dung của ${file} có phần không được phép.`,
  fix: (components: string[]) =>
    `Cách sửa: nội dung chỉ gồm chữ định dạng Markdown và các khung chèn từ menu của trang quản trị (${components.join(', ')}), không có mã.`,
  at: (line: number | undefined, column: number | undefined) => (line ? `dòng ${line}${column ? `, cột ${column}` : ''}` : 'không rõ dòng'),
  esm: 'không được dùng import/export trong nội dung. Hãy xóa dòng này; các khung đặc biệt được chèn từ menu của trang quản trị.',
  expression: (code: string) => `không được dùng biểu thức JavaScript {${code}}. Nếu cần dấu ngoặc nhọn trong văn bản, hãy viết \\{ và \\}.`,
  attributeExpression: (name: string, tag: string) => `thuộc tính ${name} của <${tag}> phải là chữ trong ngoặc kép, không phải biểu thức {…}.`,
  spreadAttribute: (tag: string) => `<${tag}> không được dùng {...}: hãy ghi từng thuộc tính trong ngoặc kép.`,
  script: (tag: string) => `thẻ <${tag}> không được phép trong nội dung (có thể chạy mã hoặc nhúng trang khác).`,
  eventHandler: (name: string, tag: string) => `thuộc tính ${name} trên <${tag}> là mã JavaScript, không được phép.`,
  unknownComponent: (tag: string, allowed: string[]) =>
    `<${tag}> không phải khung nội dung được phép. Chỉ dùng: ${allowed.join(', ')} (chèn từ menu của trang quản trị).`,
  htmlElement: (tag: string, allowed: string[]) =>
    `thẻ HTML <${tag}> không được phép. Hãy dùng định dạng Markdown; các thẻ HTML được phép: ${allowed.join(', ')}.`,
  unknownAttribute: (name: string, tag: string, allowed: string[]) =>
    `<${tag}> không có thuộc tính ${name}. Các thuộc tính của <${tag}>: ${allowed.join(', ') || '(không có)'}.`,
  missingAttribute: (name: string, tag: string) => `<${tag}> thiếu thuộc tính bắt buộc ${name}.`,
  badOption: (name: string, tag: string, value: string, options: string[]) =>
    `giá trị "${value}" của ${name} trên <${tag}> không hợp lệ: chọn một trong ${options.join(', ')}.`,
  badPattern: (name: string, tag: string, value: string, hint: string) => `giá trị "${value}" của ${name} trên <${tag}> không hợp lệ: ${hint}`,
  unsafeUrl: (name: string, tag: string) => `đường dẫn ${name} trên <${tag}> không được bắt đầu bằng javascript: hay data:.`,
  rawHtml: 'không được chèn mã HTML thô (ví dụ <!-- -->, <![CDATA[ ]]>): hãy dùng định dạng Markdown.',
} as const;

/** Messages for problems Astro's loader would otherwise only log. */
export const loaderText = {
  heading: 'Dừng xây dựng trang: có tệp nội dung không đọc được.',
  unreadable: (file: string, reason: string) =>
    `Không đọc được tệp ${file} (${reason}). Nếu là liên kết tới tệp đã xóa hoặc tệp không có quyền đọc, hãy chép lại tệp thật vào đây hoặc xóa nó.`,
  notUtf8: (file: string, line: number) =>
    `Tệp ${file} không lưu theo bảng mã UTF-8 (lỗi từ dòng ${line}), chữ tiếng Việt sẽ bị lỗi font. Hãy mở tệp và lưu lại với bảng mã UTF-8 (Unicode), hoặc soạn lại bài trong trang quản trị.`,
  problem: (text: string) => `${text.replace(/\.?\s*$/, '')}. Tệp này sẽ bị bỏ sót khi xuất bản: hãy mở tệp được nêu và sửa lỗi.`,
} as const;

/** The accessibility statement page (Circular 26/2020/TT-BTTTT; WCAG 2.2 AA). */
export const accessibilityText = {
  title: 'Tuyên bố về khả năng tiếp cận',
  footerLink: 'Khả năng tiếp cận',
  description: 'Cam kết của cổng thông tin về việc mọi người, kể cả người khuyết tật, đều đọc và dùng được trang web.',
  intro: (site: string) =>
    `${site} cam kết để mọi người dân, kể cả người khiếm thị, người nhìn kém, người khó cử động tay và người cao tuổi, đều đọc được thông tin và gọi được đường dây nóng.`,
  standardTitle: 'Tiêu chuẩn áp dụng',
  standard:
    'Trang web được xây dựng theo Hướng dẫn về khả năng tiếp cận nội dung web WCAG 2.2, mức AA, phù hợp yêu cầu về hỗ trợ người khuyết tật tiếp cận, sử dụng sản phẩm công nghệ thông tin tại Thông tư 26/2020/TT-BTTTT.',
  whatTitle: 'Những gì chúng tôi bảo đảm',
  what: [
    'Dùng được hoàn toàn bằng bàn phím: phím Tab đi qua mọi liên kết, vị trí đang chọn luôn có viền vàng rõ ràng.',
    'Có liên kết "Bỏ qua, đến nội dung chính" ở đầu mỗi trang cho người dùng trình đọc màn hình và bàn phím.',
    'Chữ và nền có độ tương phản đủ lớn; phóng to chữ tới 200% không mất nội dung hay chức năng.',
    'Ảnh có mô tả bằng chữ; tiêu đề, danh mục, chân trang được đánh dấu đúng để trình đọc màn hình đọc theo thứ tự.',
    'Trang đọc tin không cần JavaScript và tải nhanh trên điện thoại, mạng chậm.',
    'Số điện thoại đường dây nóng bấm một lần là gọi.',
  ],
  howTitle: 'Cách chúng tôi kiểm tra',
  how:
    'Mỗi lần xuất bản, mọi trang trong sơ đồ trang được kiểm tra tự động bằng công cụ axe-core theo WCAG 2.2 AA, kiểm tra mã HTML hợp lệ và không có liên kết hỏng. Trang có lỗi sẽ không được xuất bản.',
  limitsTitle: 'Hạn chế đã biết',
  limits: [
    'Tệp PDF, Word tải lên (kế hoạch, bài giảng) có thể chưa được gắn thẻ cho trình đọc màn hình; nội dung chính luôn có bản chữ trên trang.',
    'Trang quản trị nội dung dành cho biên tập viên dùng phần mềm Decap CMS và chưa được kiểm tra đầy đủ.',
  ],
  feedbackTitle: 'Góp ý, báo lỗi',
  feedback: 'Nếu bạn gặp khó khăn khi đọc hoặc dùng trang web, hãy báo cho chúng tôi, chúng tôi sẽ trả lời trong 5 ngày làm việc:',
  updated: 'Tuyên bố này được xem lại mỗi năm hoặc khi trang web thay đổi lớn.',
} as const;
