/**
 * Vietnamese text of the lesson quiz: the CMS fields, the build's refusals (each naming the question and the fix)
 * and what students see on the quiz page.
 */

/** The kinds of question an editor chooses from; the values are stored in the lesson's front matter. */
export const quizKinds = [
  { value: 'single', label: 'Một đáp án đúng' },
  { value: 'multiple', label: 'Nhiều đáp án đúng' },
  { value: 'truefalse', label: 'Đúng – sai' },
] as const;

/** Labels and hints of the quiz fields in the CMS. */
export const quizFieldText = {
  quiz: {
    label: 'Câu hỏi kiểm tra',
    hint: 'Không bắt buộc. Mỗi câu có loại câu hỏi, các phương án (đánh dấu phương án đúng) và lời giải thích. Câu đúng – sai không cần phương án: chỉ viết một phát biểu và đánh dấu ô “Phát biểu này đúng” nếu nó đúng.',
  },
  kind: { label: 'Loại câu hỏi' },
  prompt: { label: 'Câu hỏi', hint: 'Với câu đúng – sai, viết một phát biểu để học sinh nhận xét đúng hay sai.' },
  options: { label: 'Các phương án', hint: 'Từ 2 đến 6 phương án. Để trống với câu đúng – sai.' },
  optionText: { label: 'Phương án' },
  optionCorrect: { label: 'Đây là đáp án đúng' },
  statementTrue: {
    label: 'Phát biểu này đúng',
    hint: 'Chỉ dùng cho câu đúng – sai: bật lên nếu phát biểu đúng, để tắt nếu phát biểu sai.',
  },
  explanation: { label: 'Giải thích', hint: 'Vì sao đáp án đúng, 1–3 câu ngắn. Học sinh đọc sau khi trả lời.' },
} as const;

/** Refusals of the quiz rules; `n` is the question's number as editors count them (from 1). */
export const quizRuleText = {
  noCorrect: (n: number) =>
    `Câu ${n}: chưa có phương án nào được đánh dấu đúng. Hãy bật ô “Đây là đáp án đúng” ở phương án đúng.`,
  singleNotOne: (n: number, count: number) =>
    `Câu ${n} là câu một đáp án nhưng có ${count} phương án được đánh dấu đúng. Hãy chỉ để một phương án đúng, hoặc đổi loại câu hỏi thành “Nhiều đáp án đúng”.`,
  tooFewOptions: (n: number, min: number) => `Câu ${n}: cần ít nhất ${min} phương án. Hãy thêm phương án.`,
  tooManyOptions: (n: number, max: number) =>
    `Câu ${n}: có quá ${max} phương án. Hãy bớt phương án để còn tối đa ${max}.`,
  duplicateOption: (n: number, option: number, first: number, text: string) =>
    `Câu ${n}: phương án ${option} (“${text}”) trùng với phương án ${first}. Hãy xóa hoặc sửa một trong hai phương án.`,
  noExplanation: (n: number) => `Câu ${n}: thiếu lời giải thích. Hãy viết 1–3 câu ngắn giải thích vì sao đáp án đúng.`,
  trueFalseOptions: (n: number) =>
    `Câu ${n} là câu đúng – sai nên không cần phương án. Hãy xóa các phương án và chỉ bật ô “Phát biểu này đúng” nếu phát biểu đúng.`,
  duplicateQuestion: (n: number, first: number) =>
    `Câu ${n} trùng với câu ${first}. Hãy xóa hoặc sửa một trong hai câu.`,
} as const;

/** What students and teachers see on the quiz page. */
export const quizPageText = {
  title: (lesson: string) => `Câu hỏi kiểm tra: ${lesson}`,
  description: (lesson: string, count: number) =>
    `${count} câu hỏi kiểm tra sau bài “${lesson}”, có đáp án và giải thích.`,
  intro:
    'Đọc từng câu và chọn câu trả lời của em. Không ai nhìn thấy câu trả lời của em: trang này không gửi hay lưu lại bất cứ điều gì.',
  back: 'Quay lại bài giảng',
  question: (n: number, total: number) => `Câu ${n}/${total}`,
  count: (n: number) => `${n} câu hỏi`,
  kindHint: {
    single: 'Chọn một đáp án.',
    multiple: 'Chọn tất cả các đáp án đúng.',
    truefalse: 'Phát biểu này đúng hay sai?',
  },
  trueLabel: 'Đúng',
  falseLabel: 'Sai',
  reveal: 'Xem đáp án và giải thích',
  answerIs: 'Đáp án:',
  answersAre: 'Các đáp án đúng:',
  explanation: 'Giải thích:',
  check: 'Kiểm tra đáp án',
  reset: 'Làm lại',
  right: 'Đúng',
  wrong: 'Chưa đúng',
  unanswered: 'Chưa trả lời',
  score: (right: number | string, total: number | string) => `Đúng ${right}/${total} câu`,
  lessonLink: 'Câu hỏi kiểm tra',
  lessonLinkHint: (count: number) => `${count} câu, có đáp án và giải thích`,
} as const;

/** The editorial report's line for lessons with no quiz yet. */
export const quizReportText = {
  heading: 'Bài giảng chưa có câu hỏi kiểm tra',
  hint: 'Thêm câu hỏi kiểm tra để có trang câu hỏi và phiếu bài tập cho học sinh.',
} as const;
