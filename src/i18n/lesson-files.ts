/**
 * Vietnamese text of a lesson's files beyond the handout: the slides (.pptx), the quiz worksheet and answer key
 * (PDF), the ZIP of a school level with its contents list, and the download blocks of the lesson and level pages.
 */

/** A file's size in Vietnamese notation: "245 KB", "1,2 MB". */
function fileSize(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024
    ? `${format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${format(bytes / 1024 / 1024)} MB`;
}

export const lessonFilesText = {
  /** The slides: every word a slide shows or says in its speaker notes. */
  slides: {
    kicker: 'BÀI GIẢNG NGOẠI KHÓA · PHÒNG, CHỐNG MA TÚY',
    /** Title slide, under the title: "Trung học cơ sở · 45 phút". */
    facts: (level: string, minutes: number) => `${level} · ${minutes} phút`,
    objectives: 'Mục tiêu bài học',
    activity: (n: number, total: number) => `Hoạt động ${n}/${total}`,
    activityTitle: (name: string, minutes: number) => `${name} (${minutes} phút)`,
    keyMessages: 'Thông điệp chính',
    quizKicker: 'CÂU HỎI KIỂM TRA',
    question: (n: number, total: number) => `Câu hỏi ${n}/${total}`,
    answer: (n: number, total: number) => `Đáp án câu ${n}/${total}`,
    answerIs: 'Đáp án:',
    explanation: 'Giải thích:',
    hotline: 'Khi cần báo tin hoặc được giúp đỡ',
    emergency: 'Khẩn cấp, gọi 113',
    secret: 'Thông tin người báo tin được giữ bí mật.',
    example: 'số minh họa',
    continued: (title: string) => `${title} (tiếp)`,
    /** Speaker notes. */
    notes: {
      summary: 'Giới thiệu bài:',
      classNotes: 'Lớp học:',
      materials: 'Chuẩn bị:',
      activity: (name: string, minutes: number) => `${name}: ${minutes} phút.`,
      answer: (letters: string) => `Đáp án: ${letters}.`,
      page: 'Trang bài giảng:',
    },
  },
  /** The worksheet for students and the answer key for teachers (A4 PDF). */
  sheets: {
    worksheetKind: 'PHIẾU CÂU HỎI',
    answerKeyKind: 'ĐÁP ÁN PHIẾU CÂU HỎI',
    worksheetSubject: 'Phiếu câu hỏi cho học sinh',
    answerKeySubject: 'Đáp án cho giáo viên',
    name: 'Họ và tên:',
    className: 'Lớp:',
    date: 'Ngày:',
    score: (total: number) => `Điểm: ……/${total}`,
    intro: 'Đọc kỹ từng câu, đánh dấu vào ô trước đáp án em chọn.',
    keyIntro: (count: number) =>
      `Dành cho giáo viên: ${count} câu, đáp án đúng được đánh dấu, kèm giải thích để chữa bài.`,
    question: (n: number) => `Câu ${n}.`,
    answerIs: 'Đáp án:',
    explanation: 'Giải thích:',
    level: 'Cấp học',
    page: (n: number, total: number) => `Trang ${n}/${total}`,
  },
  /** File names, in the ZIP and in the download folder (made into slugs without diacritics). */
  fileWords: {
    handout: 'phiếu bài giảng',
    slides: 'trình chiếu',
    worksheet: 'phiếu câu hỏi',
    answerKey: 'đáp án',
    forms: 'mẫu cam kết',
    /** The ZIP of a level: "bai-giang-thcs-xa-lac-phuong.zip" from the level's value and the commune. */
    bundle: (level: string, commune: string) => `bài giảng ${level} ${commune}`,
    contents: 'MUC-LUC.txt',
  },
  /** The contents list inside the ZIP (MUC-LUC.txt). */
  contents: {
    title: (level: string, commune: string) =>
      `BÀI GIẢNG NGOẠI KHÓA PHÒNG, CHỐNG MA TÚY – ${level.toLocaleUpperCase('vi')} – ${commune}`,
    made: (site: string, url: string) => `Tạo tự động từ ${site} (${url}). Mỗi bài giảng một thư mục.`,
    lesson: (n: number, title: string, minutes: number) => `${n}. ${title} (${minutes} phút)`,
    handout: 'Phiếu bài giảng cho giáo viên (PDF, khổ A4)',
    slides: 'Trình chiếu PowerPoint (PPTX, 16:9)',
    worksheet: 'Phiếu câu hỏi cho học sinh (PDF, khổ A4)',
    answerKey: 'Đáp án phiếu câu hỏi cho giáo viên (PDF, khổ A4)',
    noQuiz: 'Bài này chưa có câu hỏi kiểm tra.',
    forms: 'Mẫu cam kết để in (PDF, khổ A4)',
    page: (url: string) => `Trang bài giảng: ${url}`,
  },
  /** The lesson page's download block, right under the title. */
  lessonDownloads: {
    heading: 'Tài liệu cho buổi học',
    handout: 'Phiếu bài giảng',
    handoutHint: 'cho giáo viên, khổ A4',
    slides: 'Trình chiếu',
    slidesHint: 'PowerPoint 16:9, mở được bằng LibreOffice',
    worksheet: 'Phiếu câu hỏi',
    worksheetHint: 'in cho học sinh, khổ A4',
    answerKey: 'Đáp án',
    answerKeyHint: 'cho giáo viên, khổ A4',
    pdf: 'PDF',
    pptx: 'PPTX',
    web: 'Trang web',
  },
  /** The level page's ZIP. */
  levelBundle: {
    heading: 'Tải trọn bộ bài giảng',
    link: (level: string) => `Trọn bộ bài giảng ${level}`,
    contains: (lessons: number, quizzes: number, forms: number) =>
      [
        `${lessons} bài giảng, mỗi bài có phiếu bài giảng (PDF) và trình chiếu (PPTX)`,
        quizzes > 0 ? `${quizzes} bài có phiếu câu hỏi và đáp án (PDF)` : '',
        forms > 0 ? `${forms} mẫu cam kết (PDF)` : '',
        'mục lục (MUC-LUC.txt)',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    zip: 'ZIP',
  },
  /** Why a ZIP could not be made: one of its files is missing from the build. */
  missingPart: (part: string) =>
    `thiếu tệp ${part} (tệp này phải được tạo trước tệp ZIP; hãy báo cho người quản trị trang)`,
  /** A file's type and size as pages show them: "PDF, 245 KB". */
  typeAndSize: (type: string, bytes: number) => `${type}, ${fileSize(bytes)}`,
} as const;
