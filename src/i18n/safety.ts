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
  reason: {
    label: 'Lý do',
    hint: 'Vì sao đây là thông tin công khai, ví dụ: ông Bình đồng ý công khai, giấy đồng ý lưu tại Công an xã.',
  },
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
    '(trang quản trị: mục "' +
    privacyFieldText.group.label +
    '"; trong tệp: phần thông tin đầu bài):\n' +
    '      privacy:\n        - phrase: "<đúng cụm từ bị báo>"\n          reason: "<lý do đây là thông tin công khai>"',
  pdfToolMissing: (file: string) =>
    `không kiểm tra được nội dung tệp PDF ${file} vì máy xây dựng trang chưa có lệnh pdftotext. Cách sửa: cài gói poppler-utils (apt-get install -y poppler-utils), rồi xây dựng lại.`,
  unreadable: (file: string) =>
    `không đọc được chữ trong tệp ${file} (định dạng cũ). Cách sửa: lưu lại thành PDF hoặc .docx, .xlsx, .pptx rồi tải lên thay tệp này.`,
  broken: (file: string) =>
    `tệp ${file} bị hỏng, không mở được để kiểm tra. Cách sửa: xuất lại tệp từ phần mềm gốc rồi tải lên thay tệp này.`,
  /** Where a finding is, in a part of a document that is not a page (comments, notes, properties, an embedded file). */
  attachmentPart: (path: string, part: string) => `tệp đính kèm ${path}, phần ${part}`,
  pdfProperties: 'thuộc tính của tệp PDF (tiêu đề, tác giả, chủ đề, từ khóa, XMP)',
  pdfAnnotations: 'ghi chú (annotation) và ô nhập liệu (form) của tệp PDF',
  /** A document inside an upload (a zip member, an embedded file) that cannot be read. */
  memberUnreadable: (file: string, member: string) =>
    `tệp ${file} chứa tệp ${member} không đọc được (định dạng cũ hoặc bị hỏng). Cách sửa: lưu tệp bên trong thành PDF hoặc .docx, .xlsx, .pptx, hoặc bỏ nó ra, rồi tải lên lại.`,
  bomb: (file: string, detail: string) =>
    `không mở tệp ${file}: ${detail}. Tệp nén như vậy có thể là "bom nén" làm treo máy xây dựng trang, nên không được đọc cũng không được đăng. Cách sửa: xuất lại tệp từ phần mềm gốc (không lồng nhiều lớp tệp nén), hoặc chia nhỏ, rồi tải lên thay tệp này.`,
  zipLimits: {
    size: (member: string, bytes: number) =>
      `phần ${member} khi giải nén lớn hơn ${Math.round(bytes / 1024 / 1024)} MB (hoặc lớn bất thường so với kích thước nén)`,
    members: (count: number) => `có hơn ${count} tệp con`,
    depth: (levels: number) => `lồng tệp nén quá ${levels} lớp`,
  },
} as const;

/** Reasons the MDX allow-list rejects a body. */
export const mdxText = {
  heading: (file: string) => `Dừng xây dựng trang: nội dung của ${file} có phần không được phép.`,
  fix: (components: string[]) =>
    `Cách sửa: nội dung chỉ gồm chữ định dạng Markdown và các khung chèn từ menu của trang quản trị (${components.join(', ')}), không có mã.`,
  at: (line: number | undefined, column: number | undefined) =>
    line ? `dòng ${line}${column ? `, cột ${column}` : ''}` : 'không rõ dòng',
  esm: 'không được dùng import/export trong nội dung. Hãy xóa dòng này; các khung đặc biệt được chèn từ menu của trang quản trị.',
  expression: (code: string) =>
    `không được dùng biểu thức JavaScript {${code}}. Nếu cần dấu ngoặc nhọn trong văn bản, hãy viết \\{ và \\}.`,
  attributeExpression: (name: string, tag: string) =>
    `thuộc tính ${name} của <${tag}> phải là chữ trong ngoặc kép, không phải biểu thức {…}.`,
  spreadAttribute: (tag: string) => `<${tag}> không được dùng {...}: hãy ghi từng thuộc tính trong ngoặc kép.`,
  script: (tag: string) => `thẻ <${tag}> không được phép trong nội dung (có thể chạy mã hoặc nhúng trang khác).`,
  eventHandler: (name: string, tag: string) => `thuộc tính ${name} trên <${tag}> là mã JavaScript, không được phép.`,
  unknownComponent: (tag: string, allowed: string[]) =>
    `<${tag}> không phải khung nội dung được phép. Chỉ dùng: ${allowed.join(', ')} (chèn từ menu của trang quản trị).`,
  htmlElement: (tag: string, allowed: string[]) =>
    `thẻ HTML <${tag}> không được phép. Hãy dùng định dạng Markdown; các thẻ HTML được phép: ${allowed.join(', ')}.`,
  unknownAttribute: (name: string, tag: string, allowed: string[]) =>
    `<${tag}> không có thuộc tính ${name}. Các thuộc tính của <${tag}>: ${allowed.join(', ') || '(không có)'}.`,
  /** Named as the CMS shows them (the component's menu label, the field's label), with the code names after. */
  missingAttribute: (component: { name: string; label: string }, attribute: { name: string; label: string }) =>
    `khung “${component.label}” (<${component.name}>) thiếu “${attribute.label}” (${attribute.name}). Cách sửa: mở khung này trong trang quản trị và điền hoặc chọn “${attribute.label}”.`,
  badOption: (name: string, tag: string, value: string, options: string[]) =>
    `giá trị "${value}" của ${name} trên <${tag}> không hợp lệ: chọn một trong ${options.join(', ')}.`,
  badPattern: (name: string, tag: string, value: string, hint: string) =>
    `giá trị "${value}" của ${name} trên <${tag}> không hợp lệ: ${hint}`,
  unsafeUrl: (name: string, tag: string) =>
    `đường dẫn ${name} trên <${tag}> không được bắt đầu bằng javascript: hay data:.`,
  rawHtml: 'không được chèn mã HTML thô (ví dụ <!-- -->, <![CDATA[ ]]>): hãy dùng định dạng Markdown.',
  /** A body MDX cannot parse (src/content-model/mdx-syntax-error.ts): where, what is wrong and the fix. */
  syntax: {
    heading: (file: string) => `Dừng xây dựng trang: không đọc được nội dung của ${file}.`,
    lessThan:
      'dấu < ở đây không mở một khung nội dung. Trong câu văn, hãy viết \\< (ví dụ: dưới \\<18 tuổi); liên kết viết [chữ](https://…)',
    comment: 'ghi chú dạng <!-- … --> không dùng được trong bài: hãy xóa đoạn ghi chú',
    unclosed: (tag: string) => `khung <${tag}> chưa được đóng: thêm </${tag}> vào cuối phần nội dung của khung`,
    mismatch: (closing: string, open: string) =>
      `thẻ đóng </${closing}> không khớp với khung <${open}> đang mở: sửa thành </${open}>`,
    strayClosing: (closing: string) => `thẻ đóng </${closing}> không có thẻ mở tương ứng: hãy xóa nó`,
    brace: 'dấu { chưa được đóng. Nếu cần dấu ngoặc nhọn trong văn bản, hãy viết \\{ và \\}',
    other:
      'nội dung viết sai cú pháp ở đây (thường do dấu <, dấu { hoặc một khung chưa đóng): hãy sửa đoạn này, hoặc soạn lại trong trang quản trị',
  },
} as const;

/** Messages for problems Astro's loader would otherwise only log. */
export const loaderText = {
  heading: 'Dừng xây dựng trang: có tệp nội dung không đọc được.',
  unreadable: (file: string, reason: string) =>
    `Không đọc được tệp ${file} (${reason}). Nếu là liên kết tới tệp đã xóa hoặc tệp không có quyền đọc, hãy chép lại tệp thật vào đây hoặc xóa nó.`,
  notUtf8: (file: string, line: number) =>
    `Tệp ${file} không lưu theo bảng mã UTF-8 (lỗi từ dòng ${line}), chữ tiếng Việt sẽ bị lỗi font. Hãy mở tệp và lưu lại với bảng mã UTF-8 (Unicode), hoặc soạn lại bài trong trang quản trị.`,
  problem: (text: string) =>
    `${text.replace(/\.?\s*$/, '')}. Tệp này sẽ bị bỏ sót khi xuất bản: hãy mở tệp được nêu và sửa lỗi.`,
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
    'Có liên kết “Bỏ qua, đến nội dung chính” ở đầu mỗi trang cho người dùng trình đọc màn hình và bàn phím.',
    'Chữ và nền có độ tương phản đủ lớn; phóng to chữ tới 200% không mất nội dung hay chức năng.',
    'Ảnh có mô tả bằng chữ; tiêu đề, danh mục, chân trang được đánh dấu đúng để trình đọc màn hình đọc theo thứ tự.',
    'Trang đọc tin không cần JavaScript và tải nhanh trên điện thoại, mạng chậm.',
    'Số điện thoại đường dây nóng bấm một lần là gọi.',
  ],
  howTitle: 'Cách chúng tôi kiểm tra',
  how: 'Mỗi lần xuất bản, mọi trang trong sơ đồ trang được kiểm tra tự động bằng công cụ axe-core theo WCAG 2.2 AA, kiểm tra mã HTML hợp lệ và không có liên kết hỏng. Trang có lỗi sẽ không được xuất bản.',
  limitsTitle: 'Hạn chế đã biết',
  limits: [
    'Tệp PDF, Word tải lên (kế hoạch, bài giảng) có thể chưa được gắn thẻ cho trình đọc màn hình; nội dung chính luôn có bản chữ trên trang.',
    'Trang quản trị nội dung dành cho biên tập viên dùng phần mềm Decap CMS và chưa được kiểm tra đầy đủ.',
  ],
  feedbackTitle: 'Góp ý, báo lỗi',
  feedback:
    'Nếu bạn gặp khó khăn khi đọc hoặc dùng trang web, hãy báo cho chúng tôi, chúng tôi sẽ trả lời trong 5 ngày làm việc:',
  updated: 'Tuyên bố này được xem lại mỗi năm hoặc khi trang web thay đổi lớn.',
} as const;

/** What each allowed upload type is called, for messages (keyed by extension). */
export const uploadTypeNames: Record<string, string> = {
  '.png': 'ảnh PNG',
  '.jpg': 'ảnh JPEG',
  '.jpeg': 'ảnh JPEG',
  '.webp': 'ảnh WebP',
  '.gif': 'ảnh GIF',
  '.avif': 'ảnh AVIF',
  '.pdf': 'tệp PDF',
  '.docx': 'văn bản Word (.docx)',
  '.xlsx': 'bảng tính Excel (.xlsx)',
  '.pptx': 'trình chiếu PowerPoint (.pptx)',
  '.odt': 'văn bản OpenDocument (.odt)',
  '.ods': 'bảng tính OpenDocument (.ods)',
  '.odp': 'trình chiếu OpenDocument (.odp)',
  '.txt': 'tệp chữ (.txt)',
};

/** Why an upload in media/ is refused, and how to fix it (the build's upload check and the CMS's upload guard). */
export const uploadText = {
  heading:
    'Dừng xây dựng trang: thư mục media/ có tệp không được phép đăng. Chỉ ảnh (PNG, JPEG, WebP, GIF, AVIF), tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument) và tệp chữ .txt được đăng, vì các loại tệp khác có thể chạy mã độc ngay trên địa chỉ của cổng thông tin.',
  allowed: (extensions: string[]) => `Các loại tệp được phép: ${extensions.join(', ')}.`,
  svg: (file: string) =>
    `${file}: ảnh SVG có thể chứa mã chạy được (script) nên không được đăng. Cách sửa: mở ảnh bằng phần mềm vẽ và xuất (export) thành PNG, tải ảnh PNG lên thay tệp này và sửa đường dẫn trong bài.`,
  code: (file: string) =>
    `${file}: tệp trang web hoặc mã chương trình (HTML, JavaScript…) không bao giờ được đăng trong media/. Cách sửa: xóa tệp này; nội dung cần đăng hãy soạn thành bài viết trong trang quản trị.`,
  noExtension: (file: string) =>
    `${file}: tệp không có phần đuôi (như .png, .pdf) hoặc là tệp ẩn, nên không biết là loại tệp gì. Cách sửa: xóa tệp này, hoặc đặt lại tên có đuôi đúng loại tệp.`,
  notAllowed: (file: string, extension: string) =>
    `${file}: loại tệp "${extension}" không được đăng. Cách sửa: xóa tệp này; ảnh hãy lưu thành PNG hoặc JPEG, văn bản hãy lưu thành PDF hoặc .docx, rồi tải lên lại.`,
  mismatch: (file: string, name: string) =>
    `${file}: nội dung tệp không phải là ${name} như phần đuôi tên tệp cho biết (tệp bị đổi tên, bị hỏng hoặc là loại tệp khác). Cách sửa: mở tệp bằng phần mềm gốc, lưu (xuất) lại đúng thành ${name}, rồi tải lên thay tệp này.`,
  notUtf8: (file: string) =>
    `${file}: tệp chữ không lưu theo bảng mã UTF-8, chữ tiếng Việt sẽ bị lỗi. Cách sửa: mở tệp, chọn lưu với bảng mã UTF-8 (Unicode), rồi tải lên lại.`,
  nulByte: (file: string) =>
    `${file}: tệp .txt chứa ký tự không phải chữ (byte 0), có thể là tệp khác bị đổi tên. Cách sửa: lưu lại nội dung thành tệp chữ thường (UTF-8), hoặc thành PDF, rồi tải lên thay tệp này.`,
  unreadable: (file: string) => `${file}: không đọc được tệp. Cách sửa: chép lại tệp thật vào đây hoặc xóa nó.`,
  sameName: (file: string, other: string) =>
    `${file}: cùng tên với ${other}, chỉ khác cách mã hóa dấu tiếng Việt (Unicode NFC/NFD, thường do chép từ máy Mac), nên hai tệp sẽ trùng một địa chỉ. Cách sửa: xóa hoặc đổi tên một trong hai tệp.`,
  notImage: (file: string) =>
    `${file}: ô này chỉ nhận ảnh (PNG, JPEG, WebP, GIF, AVIF). Cách sửa: chọn một tệp ảnh; tài liệu (PDF, Word…) hãy đính kèm bằng khung tải tệp.`,
  /** Shown in the CMS when an editor picks a file that may not be uploaded. */
  cmsRefused: (problems: string[]) => `Không tải lên được:\n${problems.join('\n')}`,
} as const;

/** `npm run preview`: serving the built site with the production headers. */
export const previewText = {
  noBuild: (dir: string) =>
    `Chưa có bản dựng trang trong ${dir}. Hãy chạy npm run build trước, rồi chạy lại npm run preview.`,
  serving: (dir: string, url: string) =>
    `Đang phục vụ ${dir} với đúng các tiêu đề bảo mật như khi đăng thật: ${url} (Ctrl+C để dừng)`,
  /** The built admin uses the local backend (no CMS_BACKEND at build time): preview runs it, as npm start does. */
  cmsLocal: (admin: string, content: string) =>
    `Trang quản trị: ${admin} (CMS trên máy này, ghi vào ${content}). Bài lưu ở đây chỉ hiện trên trang xem trước sau lần npm run build tiếp theo; muốn thấy ngay, hãy dùng npm start.`,
  cmsUnavailable: (admin: string, reason: string) => `Trang quản trị ${admin} sẽ không tải được bài. ${reason}`,
} as const;

/** Checks every content file gets before any parser reads it: its name, how deeply it nests, its links. */
export const precheckText = {
  heading: 'Dừng xây dựng trang: có tệp nội dung cần sửa trước khi đọc được.',
  badFileName: (file: string, slug: string) =>
    (slug
      ? `${file}: tên tệp có chữ không phải chữ cái Latinh, địa chỉ trang sẽ chỉ còn "${slug}".`
      : `${file}: tên tệp không có chữ cái Latinh hay chữ số nào nên không làm được địa chỉ trang.`) +
    ' Cách sửa: đổi tên tệp thành chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ ten-bai-viet.mdx.',
  nesting: (file: string, line: number, what: string, depth: number, limit: number) =>
    `${file}, dòng ${line}: ${what} lồng nhau ${depth} tầng, quá giới hạn ${limit} tầng. Cách sửa: viết lại phần này thành các đoạn hoặc danh sách ngắn, không lồng nhau quá ${limit} tầng.`,
  nestingKinds: {
    list: 'danh sách (gạch đầu dòng)',
    quote: 'trích dẫn (dấu >)',
    element: 'khung nội dung hoặc thẻ',
    emphasis: 'chữ đậm, nghiêng (dấu * hoặc _)',
  } as Record<string, string>,
  malformedLink: (file: string, line: number, ref: string) =>
    `${file}, dòng ${line}: đường dẫn "${ref}" có dấu % không đúng cách viết mã hóa (sau % phải là hai chữ số hệ 16, ví dụ %20). Cách sửa: nếu muốn viết dấu phần trăm trong đường dẫn hãy viết %25, hoặc bỏ dấu %; với tệp tải lên, đặt lại tên tệp không có dấu % rồi sửa đường dẫn.`,
} as const;

/**
 * Why a reference to an upload or a link is refused (src/safety/media-ref.ts), each with its fix. The caller names
 * the file (and the line or the field) before the reason.
 */
export const mediaRefText = {
  /** How the MDX allow-list introduces a refused reference: `ảnh "./x.png" không được phép: <reason>`. */
  inBody: (what: 'image' | 'link' | 'definition', ref: string, reason: string) =>
    `${{ image: 'ảnh', link: 'liên kết', definition: 'định nghĩa liên kết' }[what]} "${ref}" không được phép: ${reason}`,
  empty: 'đường dẫn trống. Cách sửa: chọn tệp đã tải lên, hoặc xóa phần này.',
  control:
    'đường dẫn có ký tự ẩn (ký tự điều khiển, xuống dòng, tab, ký tự đảo chiều chữ). Cách sửa: xóa đường dẫn và gõ (hoặc chọn tệp) lại.',
  whitespace:
    'đường dẫn có dấu cách. Cách sửa: đặt lại tên tệp không có dấu cách (dùng dấu gạch ngang, ví dụ ke-hoach-2026.pdf), tải lên lại rồi sửa đường dẫn; hoặc viết dấu cách thành %20.',
  badPercent:
    'dấu % không đúng cách viết mã hóa (sau % phải là hai chữ số hệ 16, ví dụ %20 là dấu cách). Cách sửa: đặt lại tên tệp không có dấu %, tải lên lại rồi sửa đường dẫn.',
  scheme: (scheme: string, allowed: string) =>
    `đường dẫn kiểu "${scheme}:" không được phép (có thể chạy mã hoặc mở tệp trên máy). Cách sửa: chỉ dùng ${allowed}.`,
  relative: (allowed: string) =>
    `đây là đường dẫn tương đối (tính từ chỗ để tệp bài viết): khi xây dựng trang, tệp được trỏ tới sẽ bị đọc như mã chương trình, nên không được phép. Cách sửa: tải tệp lên qua trang quản trị rồi dùng đường dẫn /media/<tên tệp>; liên kết tới trang khác của cổng viết từ gốc, ví dụ /duong-day-nong/. Được dùng: ${allowed}.`,
  protocolRelative:
    'đường dẫn bắt đầu bằng // không rõ trỏ tới trang nào. Cách sửa: viết đầy đủ địa chỉ, bắt đầu bằng https://.',
  badExternal:
    'địa chỉ web không hợp lệ (thiếu tên trang sau https://, có dấu \\ hoặc có tên đăng nhập trước dấu @). Cách sửa: chép lại địa chỉ từ thanh địa chỉ của trình duyệt.',
  externalImage:
    'ảnh phải được tải lên cổng thông tin: trang không hiển thị ảnh lấy từ trang web khác (chính sách bảo mật), và ảnh từ trang khác cho trang đó biết ai đang đọc bài. Cách sửa: tải ảnh về máy, tải lên qua trang quản trị rồi dùng đường dẫn /media/<tên ảnh>.',
  notMedia: (kind: 'image' | 'file', allowed: string) =>
    kind === 'image'
      ? `ảnh phải là ảnh đã tải lên (/media/…). Cách sửa: tải ảnh lên qua trang quản trị rồi chọn ảnh đó; được dùng: ${allowed}.`
      : `tệp phải là tệp đã tải lên, đường dẫn bắt đầu bằng /media/. Cách sửa: tải tệp lên qua trang quản trị rồi chọn tệp đó.`,
  backslash: 'đường dẫn có dấu \\ (gạch chéo ngược, kể cả viết là %5C). Cách sửa: dùng dấu / giữa các thư mục.',
  toolPath:
    'đường dẫn bắt đầu bằng /@ là đường dẫn nội bộ của công cụ xây dựng trang (có thể đọc tệp trên máy), không được phép. Cách sửa: dùng địa chỉ một trang của cổng, ví dụ /duong-day-nong/.',
  dotSegment:
    'đường dẫn có đoạn "." hoặc ".." (kể cả viết là %2E): dùng để đi ra ngoài thư mục, không được phép. Cách sửa: viết thẳng đường dẫn tới tệp, ví dụ /media/ke-hoach.pdf.',
  wrongPrefix:
    'tệp tải lên phải viết đúng /media/ (chữ thường, có dấu / ở cuối) rồi đến tên tệp. Cách sửa: chọn lại tệp trong trang quản trị.',
  query: 'đường dẫn tệp /media/ không được có phần ?… hoặc #… phía sau. Cách sửa: xóa từ dấu ? hoặc # đến hết.',
  encodedSlash:
    'đường dẫn có dấu / viết mã hóa (%2F). Cách sửa: viết thẳng dấu /, hoặc đặt lại tên tệp không có dấu /.',
  emptySegment: 'đường dẫn thiếu tên tệp hoặc có hai dấu / liền nhau. Cách sửa: chọn lại tệp trong trang quản trị.',
  notUpload: (extension: string, allowed: string[]) =>
    `loại tệp "${extension || '(không có đuôi)'}" không được đăng. Cách sửa: dùng một trong các loại ${allowed.join(', ')} (ảnh lưu thành PNG hoặc JPEG, văn bản lưu thành PDF), tải lên lại rồi sửa đường dẫn.`,
  notImage: (extension: string, allowed: string[]) =>
    `tệp "${extension}" không phải ảnh nên không hiện được như ảnh. Cách sửa: ảnh chỉ dùng ${allowed.join(', ')}; tài liệu hãy chèn bằng liên kết hoặc khung Tải về.`,
  missing: (path: string) =>
    `không có tệp ${path} trong thư mục media/ của nội dung. Cách sửa: tải tệp lên qua trang quản trị (hoặc chép vào thư mục media/), hoặc sửa đường dẫn cho đúng tên tệp.`,
  outside: (path: string) =>
    `${path} trỏ ra ngoài thư mục media/ (qua liên kết tượng trưng), không được phép. Cách sửa: chép tệp thật vào thư mục media/.`,
  notFile: (path: string) => `${path} là một thư mục, không phải tệp. Cách sửa: chọn một tệp trong thư mục đó.`,
  /** What each kind of reference may point to, for the messages above. */
  allowedImage: '/media/<tên ảnh>',
  allowedFile: '/media/<tên tệp>',
  allowedLink:
    '/media/<tên tệp>, đường dẫn trang bắt đầu bằng / (ví dụ /duong-day-nong/), #mục, https://, http://, mailto: hoặc tel:',
  /** The CMS's message when a picked path does not match the pattern. */
  cmsHint: 'Chọn tệp đã tải lên: đường dẫn /media/<tên tệp>, không có dấu cách, "..", "?" hay "#".',
  cmsImageHint:
    'Chọn ảnh đã tải lên (PNG, JPEG, WebP, GIF, AVIF): đường dẫn /media/<tên ảnh>, không có dấu cách, "..", "?" hay "#".',
  /** Front matter of an MDX body may not name a layout: Astro would import that file as code. */
  layout:
    'phần thông tin đầu bài không được có trường layout (tệp giao diện sẽ bị chạy như mã). Cách sửa: xóa dòng layout.',
  /** Last line of defence: a Markdown image path reached the step that would import it. */
  importBlocked: (ref: string) =>
    `ảnh "${ref}" sẽ bị đọc như mã chương trình nên bị chặn. Cách sửa: dùng ảnh đã tải lên, đường dẫn /media/<tên ảnh>.`,
} as const;

/** A symbolic link (or another special file) inside the content folder stops the build (src/safety/content-tree.ts). */
export const contentTreeText = {
  heading: (root: string) =>
    `Dừng xây dựng trang: thư mục nội dung ${root} có liên kết tượng trưng (symlink) hoặc tệp đặc biệt. Trang chỉ đăng tệp thật nằm trong thư mục nội dung, không đi theo liên kết ra ngoài.`,
  symlink: (file: string, target: string) =>
    `${file}: là liên kết tượng trưng trỏ tới ${target}. Cách sửa: xóa liên kết này; nếu cần tệp đó, chép tệp thật vào đúng chỗ (cp -L) hoặc tải lên qua trang quản trị.`,
  special: (file: string) =>
    `${file}: không phải tệp hay thư mục thường (ống, socket, thiết bị). Cách sửa: xóa nó khỏi thư mục nội dung.`,
  unreadable: (file: string, code: string) =>
    `${file}: không đọc được thư mục (${code}). Cách sửa: cấp quyền đọc cho thư mục, hoặc xóa nó.`,
} as const;

/** What `npm run build` says around Astro's own output (tools/cli/astro-output.ts). */
export const astroOutputText = {
  invalidEntry: (file: string) => `Dừng xây dựng trang: tệp ${file} có trường chưa đúng (sửa theo hướng dẫn bên dưới).`,
  invalidEntryUnknownFile: (entry: string) =>
    `Dừng xây dựng trang: bài ${entry} có trường chưa đúng (sửa theo hướng dẫn bên dưới).`,
  crashed: (signal: string) =>
    `Dừng xây dựng trang: chương trình xây dựng trang bị dừng đột ngột (${signal}). Hãy chạy lại; nếu vẫn lỗi, chạy DEBUG=1 npm run build và gửi toàn bộ thông báo cho người phụ trách kỹ thuật.`,
  debugHint: 'Người phụ trách kỹ thuật cần xem thông báo gốc đầy đủ: chạy DEBUG=1 npm run build.',
} as const;
