/**
 * Vietnamese personal names in running text, read token by token (linear in the text): a family name from the
 * list in surnames.ts followed by given names ("Nguyễn Văn Hùng", "Trần Thị B.", "Ksor Phước", "Rơ Châm Pơi"), the
 * same in capitals with a known middle name ("TRẦN VĂN BẢO") or in lower case with a middle name ("nguyễn văn
 * hùng"), a kinship word followed by a given name or initial ("anh T.", "chị Hoa"), or initials ("N.V.H.").
 * Places, organisations, national figures and lunar years that look like names are left out.
 */
import {
  COMMON_SURNAMES,
  DISTINCT_SURNAMES,
  LOWER_CASE_MIDDLE_NAMES,
  LOWER_CASE_SURNAMES,
  OTHER_SURNAMES,
} from './surnames';

/** The surnames that cover the large majority of Vietnamese people. */
export const SURNAMES = COMMON_SURNAMES;

/** Kinship and address words that precede a given name in Vietnamese stories ("anh T.", "chị Hoa"). */
const ADDRESS_WORDS = [
  'anh',
  'chị',
  'ông',
  'bà',
  'em',
  'cháu',
  'chú',
  'bác',
  'cậu',
  'thanh niên',
  'thiếu niên',
  'học sinh',
  'đối tượng',
];

/** Words that, right before a capitalized phrase, make it a place or an organisation, not a person. */
const PLACE_WORDS = [
  'xã',
  'phường',
  'thôn',
  'tổ',
  'xóm',
  'ấp',
  'bản',
  'làng',
  'huyện',
  'quận',
  'tỉnh',
  'thành phố',
  'tp',
  'tp.',
  'thị xã',
  'thị trấn',
  'đường',
  'phố',
  'ngõ',
  'ngách',
  'hẻm',
  'trường',
  'thcs',
  'thpt',
  'tiểu học',
  'chợ',
  'cầu',
  'sông',
  'hồ',
  'núi',
  'khu',
  'cụm',
  'đảo',
  'họ',
  'dòng họ',
  'nhà văn hóa',
  'công ty',
  'bệnh viện',
  'trung tâm',
  'tết',
  'năm',
  'giải',
  'quảng trường',
  'trạm',
  'đình',
  'chùa',
  'đền',
  'nhà thờ',
  'giáo họ',
  'giáo xứ',
  'tư tưởng',
  'lăng',
  'bến',
  'ga',
  'cảng',
];

/** Capitalized phrases starting with a surname that are places, organisations or national figures. */
const NOT_PRIVATE = [
  'Hồ Chí Minh',
  'Đoàn Thanh niên',
  'Đoàn TNCS',
  'Lê Chân',
  'Hà Nội',
  'Hà Nam',
  'Hà Tĩnh',
  'Hà Giang',
  'Cao Bằng',
  'Thái Bình',
  'Thái Nguyên',
  'Lý Sơn',
  'Võ Nguyên Giáp',
  'Trần Hưng Đạo',
  'Lê Lợi',
  'Lý Thường Kiệt',
  'Nguyễn Trãi',
  'Nguyễn Du',
  'Lê Hồng Phong',
  'Trần Phú',
  'Phan Bội Châu',
  'Phan Chu Trinh',
  'Ngô Quyền',
  'Hai Bà Trưng',
  'Mai Châu',
  'Hồ Gươm',
];

/** The ten heavenly stems and twelve earthly branches: "Đinh Mùi" is a lunar year, not a person. */
const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/**
 * Names in capitals, as lists and signatures in official documents write them ("TRẦN VĂN BẢO"): surname, a
 * common middle name, then one or two syllables. Capitals headings are full of surname-like words ("TĂNG CƯỜNG",
 * "CAO ĐIỂM", "DƯƠNG TÍNH"), so without a known middle name a capitals phrase is not taken for a name.
 */
const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Đức',
  'Hữu',
  'Minh',
  'Quang',
  'Ngọc',
  'Xuân',
  'Thanh',
  'Công',
  'Đình',
  'Duy',
  'Quốc',
  'Trọng',
  'Bá',
  'Huy',
  'Tiến',
  'Kim',
  'Thu',
  'Hồng',
  'Mạnh',
  'Anh',
  'Tuấn',
  'Hoàng',
  'Gia',
  'Đăng',
  'Viết',
  'Khắc',
  'Phương',
  'Thành',
  'Trung',
  'Như',
  'Hải',
  'Tất',
  'Sỹ',
  'Sĩ',
  'Thế',
  'Bích',
  'Diệu',
  'Mai',
  'Phúc',
  'Thùy',
  'Thúy',
  'Khánh',
];

const lower = (w: string) => w.toLowerCase();
const COMMON = new Set(COMMON_SURNAMES.map(lower));
const OTHER = new Set(OTHER_SURNAMES.map(lower).filter((s) => !COMMON.has(s)));
const DISTINCT = new Set(DISTINCT_SURNAMES.map(lower));
const LOWER_SURNAMES = new Set(LOWER_CASE_SURNAMES);
const LOWER_MIDDLE = new Set(LOWER_CASE_MIDDLE_NAMES);
const MIDDLE = new Set(MIDDLE_NAMES.map(lower));
/** First words of two-word surnames ("rơ" → ["châm", "mah"…]). */
const TWO_WORD = new Map<string, Set<string>>();
for (const s of [...OTHER_SURNAMES, ...DISTINCT_SURNAMES].map(lower).filter((s) => s.includes(' '))) {
  const [a, b] = s.split(' ') as [string, string];
  TWO_WORD.set(a, (TWO_WORD.get(a) ?? new Set()).add(b));
}
/** Words that never end a lower-case name ("nguyễn văn hùng nghiện" is "nguyễn văn hùng"). */
const NOT_GIVEN = new Set([
  'bản',
  'hóa',
  'hoá',
  'phòng',
  'kiện',
  'nghệ',
  'học',
  'niên',
  'trường',
  'xã',
  'trấn',
  'nghiện',
  'và',
  'là',
  'bị',
  'đã',
  'đang',
  'ở',
  'có',
  'toán',
  'tra',
  'phố',
  'tính',
]);

/** Middle-name-like words that start a common phrase in lower case ("công an", "thanh tra"). */
const NOT_NAME_PAIRS = new Set([
  'công an',
  'công tác',
  'công dân',
  'công khai',
  'thanh tra',
  'thanh toán',
  'minh bạch',
  'quang cảnh',
  'quốc gia',
  'quốc tế',
  'thế giới',
  'kim loại',
  'hồng quân',
]);

/** Words of a text, with offsets: letters and marks, with inner apostrophes ("H'Hen"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
interface Token {
  word: string;
  start: number;
  end: number;
}

const isUpperCase = (w: string) => w !== lower(w) && w === w.toUpperCase();
const isLowerCase = (w: string) => w === lower(w);
/** "Hùng", "H", "H'Hen", "Êban": a capital then small letters, per apostrophe-separated part. */
const isCapitalized = (w: string) => {
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || !(w[0] !== lower(w[0]!))) return false;
  return w.includes("'") || w.includes('’')
    ? w.split(/['’]/).every((p) => p.length > 0 && p[0] !== lower(p[0]!) && isLowerCase(p.slice(1)))
    : isLowerCase(w.slice(1));
};
const isInitial = (w: string) => w.length === 1 && isUpperCase(w);
/** Given-name prefixes of the Central Highlands written with an apostrophe ("H'Hen", "K'Brỏi"). */
const isPrefixed = (w: string) => /^[HK]['’]\p{Lu}/u.test(w);
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

/** Titles that end with a place word but name a person: "Trưởng thôn Nguyễn Văn A" is a person, not a village. */
const PERSON_BEFORE_PLACE = /(?:trưởng|phó|chủ tịch|bí thư|công an|cán bộ|già làng|người dân|người|dân|cụ|con)$/u;

const PLACE_SET = new Set(PLACE_WORDS);

function precededByPlaceWord(text: string, start: number): boolean {
  // The one to three words right before the name, on the same line (a place word ends a line only in headings).
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/[ \u00a0]$/.test(before)) return false;
  const words = before
    .slice(before.lastIndexOf('\n') + 1)
    .toLowerCase()
    .trim()
    .split(/\s+/);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    if (!PLACE_SET.has(words.slice(-n).join(' '))) continue;
    return !PERSON_BEFORE_PLACE.test(words.slice(0, -n).join(' '));
  }
  return false;
}

/** "TRẦN VĂN BẢO" → "Trần Văn Bảo", "nguyễn văn hùng" → "Nguyễn Văn Hùng": the usual spelling, for comparisons. */
export function titleCase(name: string): string {
  return name.replace(/[\p{L}\p{M}]+/gu, (word) => word[0]!.toUpperCase() + lower(word.slice(1)));
}

function isLunarYear(name: string): boolean {
  const [first, second, extra] = name.split(/\s+/);
  return extra === undefined && STEMS.includes(first!) && BRANCHES.includes(second!);
}

const NOT_PRIVATE_LOWER = NOT_PRIVATE.map(lower);
const NOT_PRIVATE_FIRST = new Set(NOT_PRIVATE_LOWER.map((p) => p.split(' ')[0]!));
const KINSHIP_ONE = new Set(ADDRESS_WORDS.filter((w) => !w.includes(' ')));
const KINSHIP_TWO = new Set(ADDRESS_WORDS.filter((w) => w.includes(' ')));
const KINSHIP_FIRST = new Set([...KINSHIP_TWO].map((w) => w.split(' ')[0]!));
/** Words after a kinship word that start a title or an organisation, not a given name ("anh Công an xã"). */
const NOT_GIVEN_NAME = /^(Công|Ủy|Trưởng|Phó|Chủ|Bí|Giám|Hiệu|Tổ|Đội|Ban|Hội|Đảng|Nhà)$/u;
/** Initials written together: "N.V.A", "N.V.A.". */
const INITIALS = /(?<![\p{L}.])\p{Lu}\.\p{Lu}\.(?:\p{Lu}\.?)?(?![\p{L}])/gu;

/** Token-level reader over one text. */
class Reader {
  readonly tokens: Token[];
  constructor(readonly text: string) {
    this.tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  }

  /** Whether token i+1 follows token i as the next word of the same name (one space; ". " after an initial). */
  adjacent(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    if (!a || !b) return false;
    const gap = this.text.slice(a.end, b.start);
    return gap === ' ' || (gap === '. ' && isInitial(a.word));
  }

  /** How many tokens from i a surname takes (two-word surnames first), or 0. */
  surname(i: number, set: (w: string) => boolean): number {
    const w = lower(this.tokens[i]!.word);
    const second = TWO_WORD.get(w);
    if (second && this.adjacent(i) && second.has(lower(this.tokens[i + 1]!.word))) return 2;
    return set(w) ? 1 : 0;
  }

  /** Capitalized given names (or initials) from token i, at most `max`. */
  givenNames(i: number, max: number, test: (w: string) => boolean): number {
    let k = 0;
    while (
      k < max &&
      this.tokens[i + k] &&
      test(this.tokens[i + k]!.word) &&
      (k === 0 ? this.adjacent(i - 1) : this.adjacent(i + k - 1))
    )
      k++;
    return k;
  }

  /** The end offset of tokens [i, j): an initial's period is part of the name ("Hoàng Văn T."). */
  endOf(j: number): number {
    const last = this.tokens[j - 1]!;
    return isInitial(last.word) && this.text[last.end] === '.' ? last.end + 1 : last.end;
  }
}

const isSurname = (w: string) => COMMON.has(w) || OTHER.has(w);

/** A capitalized full name at token i ("Nguyễn Văn Hùng", "Lại Văn Sâm", "H'Hen Niê"): tokens it spans, or 0. */
function capitalizedNameAt(r: Reader, i: number): number {
  const first = r.tokens[i]!.word;
  if (isPrefixed(first)) return 1 + r.givenNames(i + 1, 2, isCapitalized);
  const s = r.surname(i, isSurname);
  if (s === 0) return 0;
  const key = lower(
    r.tokens
      .slice(i, i + s)
      .map((t) => t.word)
      .join(' '),
  );
  const next = r.tokens[i + s];
  const k = r.givenNames(i + s, 3, isCapitalized);
  if (k === 0) return 0;
  if (COMMON.has(key) || DISTINCT.has(key) || s === 2) return s + k;
  // A less common surname that is also a word ("Ông", "Lại", "Nay"): "Ông Nguyễn Văn A" is Nguyễn Văn A.
  if (COMMON.has(lower(next!.word))) return 0;
  return k >= 2 ? s + k : 0;
}

/** A full name starting at token i: the number of tokens it spans, or 0. */
function fullNameAt(r: Reader, i: number): number {
  const first = r.tokens[i]!.word;
  if (isCapitalized(first) && !isInitial(first)) {
    const n = capitalizedNameAt(r, i);
    if (n > 0) return n;
  }
  if (isUpperCase(first) && first.length > 1) {
    const s = r.surname(i, (w) => COMMON.has(w) || DISTINCT.has(w));
    const middle = r.tokens[i + s];
    if (s > 0 && middle && isUpperCase(middle.word) && MIDDLE.has(lower(middle.word)) && r.adjacent(i + s - 1)) {
      const k = r.givenNames(i + s + 1, 2, isUpperCase);
      return k >= 1 ? s + 1 + k : 0;
    }
    return 0;
  }
  // Lower case (or sentence case with small given names): a surname, a middle name, one given name.
  const s = r.surname(i, (w) => LOWER_SURNAMES.has(w) || (isCapitalized(first) && COMMON.has(w)));
  if (s === 0 || (!isLowerCase(first) && !isCapitalized(first))) return 0;
  const middle = r.tokens[i + s];
  const given = r.tokens[i + s + 1];
  if (!middle || !given || !r.adjacent(i + s - 1) || !r.adjacent(i + s)) return 0;
  if (!LOWER_MIDDLE.has(lower(middle.word)) || NOT_GIVEN.has(lower(given.word)) || given.word.length > 7) return 0;
  if (!isLowerCase(middle.word) && !isCapitalized(middle.word)) return 0;
  if (NOT_NAME_PAIRS.has(lower(`${middle.word} ${given.word}`))) return 0;
  return s + 2;
}

/** Every likely personal name in a text (normalized: see normalize.ts), in order of appearance. Linear. */
export function findNames(text: string): NameMatch[] {
  const r = new Reader(text);
  const found: NameMatch[] = [];
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    // Most words are lower case and start nothing: look them up once, without case conversions.
    const word = tokens[i]!.word;
    const c = word.charCodeAt(0);
    if (
      ((c >= 97 && c <= 122) || word === lower(word)) &&
      !LOWER_SURNAMES.has(word) &&
      !TWO_WORD.has(word) &&
      !KINSHIP_ONE.has(word) &&
      !KINSHIP_FIRST.has(word)
    )
      continue;
    const n = fullNameAt(r, i);
    if (n > 0) {
      const start = tokens[i]!.start;
      const end = r.endOf(i + n);
      const name = text.slice(start, end);
      const key = titleCase(name);
      const lowTail = lower(text.slice(start, end + 8));
      const skip =
        (n === 2 && isLunarYear(key)) ||
        (NOT_PRIVATE_FIRST.has(lowTail.split(' ', 1)[0]!) && NOT_PRIVATE_LOWER.some((p) => lowTail.startsWith(p))) ||
        precededByPlaceWord(text, start);
      if (!skip) found.push({ text: name, key, start, end, full: true });
      i += n - 1;
      continue;
    }
    // A kinship or address word, then one to three capitalized syllables or initials: "anh T.", "chị Hạnh".
    const w = lower(tokens[i]!.word);
    const wordCount = KINSHIP_ONE.has(w)
      ? 1
      : r.adjacent(i) && KINSHIP_TWO.has(`${w} ${lower(tokens[i + 1]!.word)}`)
        ? 2
        : 0;
    if (wordCount === 0 || !r.adjacent(i + wordCount - 1)) continue;
    const k = r.givenNames(i + wordCount, 3, isCapitalized);
    if (k === 0 || NOT_GIVEN_NAME.test(tokens[i + wordCount]!.word)) continue;
    const start = tokens[i + wordCount]!.start;
    const end = r.endOf(i + wordCount + k);
    const name = text.slice(start, end);
    if (isLunarYear(name)) continue;
    // The given names may start a full name ("ông Nguyễn Văn A"): read it as one.
    const inner = fullNameAt(r, i + wordCount);
    if (inner > 0) continue;
    found.push({ text: name, key: titleCase(name), start, end, full: false });
    i += wordCount + k - 1;
  }
  for (const m of text.matchAll(INITIALS))
    found.push({ text: m[0], key: m[0], start: m.index, end: m.index + m[0].length, full: false });
  return found.sort((a, b) => a.start - b.start);
}
