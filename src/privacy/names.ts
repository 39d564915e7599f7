/**
 * Vietnamese personal names in running text: a common surname followed by one to three capitalized syllables
 * ("Nguyễn Văn Hùng", "Trần Thị B."), or a kinship word followed by a given name or initial ("anh T.", "chị Hoa").
 * Places, organisations and lunar years that look like names are left out.
 */

/** The surnames that cover the large majority of Vietnamese people. */
export const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đoàn', 'Trịnh', 'Đào', 'Mai', 'Cao', 'Lương', 'Lưu', 'Trương', 'Lâm', 'Hà', 'Tô', 'Tạ', 'Châu', 'Quách',
  'Phùng', 'Triệu', 'Kiều', 'Thái', 'Vương', 'Chu', 'Khổng', 'Mạc', 'Tăng', 'Thân', 'Vi', 'Lò', 'Hứa', 'Đàm', 'Nông',
];

/** Kinship and address words that precede a given name in Vietnamese stories ("anh T.", "chị Hoa"). */
const ADDRESS_WORDS = ['anh', 'chị', 'ông', 'bà', 'em', 'cháu', 'chú', 'bác', 'cậu', 'thanh niên', 'thiếu niên', 'học sinh', 'đối tượng'];

/** Words that, right before a capitalized phrase, make it a place or an organisation, not a person. */
const PLACE_WORDS = [
  'xã', 'phường', 'thôn', 'tổ', 'xóm', 'ấp', 'bản', 'làng', 'huyện', 'quận', 'tỉnh', 'thành phố', 'tp', 'tp.', 'thị xã',
  'thị trấn', 'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'trường', 'thcs', 'thpt', 'tiểu học', 'chợ', 'cầu', 'sông', 'hồ',
  'núi', 'khu', 'cụm', 'đảo', 'họ', 'dòng họ', 'nhà văn hóa', 'công ty', 'bệnh viện', 'trung tâm', 'tết', 'năm', 'giải',
  'quảng trường', 'đình', 'chùa', 'đền', 'nhà thờ', 'giáo họ', 'giáo xứ', 'tư tưởng', 'lăng', 'bến', 'ga', 'cảng',
];

/** Capitalized phrases starting with a surname that are places, organisations or national figures. */
const NOT_PRIVATE = [
  'Hồ Chí Minh', 'Đoàn Thanh niên', 'Đoàn TNCS', 'Lê Chân', 'Hà Nội', 'Hà Nam', 'Hà Tĩnh', 'Hà Giang', 'Cao Bằng', 'Thái Bình',
  'Thái Nguyên', 'Lý Sơn', 'Võ Nguyên Giáp', 'Trần Hưng Đạo', 'Lê Lợi', 'Lý Thường Kiệt', 'Nguyễn Trãi', 'Nguyễn Du',
  'Lê Hồng Phong', 'Trần Phú', 'Phan Bội Châu', 'Phan Chu Trinh', 'Ngô Quyền', 'Hai Bà Trưng', 'Mai Châu', 'Hồ Gươm',
];

/** The ten heavenly stems and twelve earthly branches: "Đinh Mùi" is a lunar year, not a person. */
const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** A capitalized syllable or an initial ("Hùng", "H.", "H"). */
const SYLLABLE = String.raw`\p{Lu}(?:\p{Ll}+|\.)?`;
/**
 * Names in capitals, as lists and signatures in official documents write them ("TRẦN VĂN BẢO"): surname, a
 * common middle name, then one or two syllables. Capitals headings are full of surname-like words ("TĂNG CƯỜNG",
 * "CAO ĐIỂM", "DƯƠNG TÍNH"), so without a known middle name a capitals phrase is not taken for a name.
 */
const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Đức', 'Hữu', 'Minh', 'Quang', 'Ngọc', 'Xuân', 'Thanh', 'Công', 'Đình', 'Duy', 'Quốc', 'Trọng', 'Bá',
  'Huy', 'Tiến', 'Kim', 'Thu', 'Hồng', 'Mạnh', 'Anh', 'Tuấn', 'Hoàng', 'Gia', 'Đăng', 'Viết', 'Khắc', 'Phương', 'Thành',
  'Trung', 'Như', 'Hải', 'Tất', 'Sỹ', 'Sĩ', 'Thế', 'Bích', 'Diệu', 'Mai', 'Phúc', 'Thùy', 'Thúy', 'Khánh',
];
const UPPER_SYLLABLE = String.raw`\p{Lu}+\.?`;
const UPPER_NAME = String.raw`(?:${SURNAMES.map((s) => s.toUpperCase()).join('|')})[ \u00a0](?:${MIDDLE_NAMES.map((s) => s.toUpperCase()).join('|')})(?:[ \u00a0]${UPPER_SYLLABLE}){1,2}`;
const FULL_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${SURNAMES.join('|')})(?:[ \u00a0]${SYLLABLE}){1,3}|${UPPER_NAME})(?![\p{L}\p{N}])`,
  'gu',
);
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const ADDRESSED = new RegExp(String.raw`(?<![\p{L}])(?:${ADDRESS_WORDS.map(anyCase).join('|')})[ \u00a0](${SYLLABLE}(?:[ \u00a0]${SYLLABLE}){0,2})(?![\p{L}\p{N}])`, 'gu');
/** Initials written together: "N.V.A", "N.V.A.". */
const INITIALS = /(?<![\p{L}.])\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.?)?(?![\p{L}])/gu;

/** A name found in text, with its offsets. */
export interface NameMatch {
  text: string;
  /** The name with each word capitalized as usual ("TRẦN VĂN BẢO" → "Trần Văn Bảo"), for comparisons. */
  key: string;
  start: number;
  end: number;
  /** Whether it is a full name (surname + given names) rather than an address word with a name or initials. */
  full: boolean;
}

function precededByPlaceWord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase().replace(/\s+/g, ' ');
  return PLACE_WORDS.some((w) => before.endsWith(` ${w} `) || before === `${w} ` || before.endsWith(`\n${w} `));
}

/** "TRẦN VĂN BẢO" → "Trần Văn Bảo"; names already written normally stay as they are. */
export function titleCase(name: string): string {
  return name.replace(/\p{Lu}+/gu, (word) => (word.length > 1 ? word[0] + word.slice(1).toLocaleLowerCase('vi') : word));
}

function isLunarYear(name: string): boolean {
  const [first, second, extra] = name.split(/\s+/);
  return extra === undefined && STEMS.includes(first!) && BRANCHES.includes(second!);
}

/** Every likely personal name in a text (NFC), in order of appearance. */
export function findNames(text: string): NameMatch[] {
  const found: NameMatch[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    // A trailing initial's period may end the sentence; the name is the same either way.
    const name = m[0];
    const key = titleCase(name);
    const withTail = titleCase(text.slice(m.index, m.index + name.length + 8));
    if (isLunarYear(key) || NOT_PRIVATE.some((n) => key === n || key.startsWith(`${n} `) || withTail.startsWith(n))) continue;
    if (precededByPlaceWord(text, m.index)) continue;
    found.push({ text: name, key, start: m.index, end: m.index + name.length, full: true });
  }
  for (const m of text.matchAll(ADDRESSED)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    if (found.some((f) => start < f.end && f.start < start + name.length)) continue;
    if (isLunarYear(name) || /^(Công|Ủy|Trưởng|Phó|Chủ|Bí|Giám|Hiệu|Tổ|Đội|Ban|Hội|Đảng|Nhà)$/u.test(name.split(/\s/)[0]!)) continue;
    found.push({ text: name, key: titleCase(name), start, end: start + name.length, full: false });
  }
  for (const m of text.matchAll(INITIALS)) found.push({ text: m[0], key: m[0], start: m.index, end: m.index + m[0].length, full: false });
  return found.sort((a, b) => a.start - b.start);
}
