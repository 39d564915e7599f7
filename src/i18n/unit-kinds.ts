/**
 * The words of every kind of unit, in one place: the commune level (xã, phường, đặc khu) and the residential units
 * under it (thôn, tổ dân phố, khu phố, ấp, bản…). Stored values are the `value`s; the logic that builds names,
 * plurals, offices and role labels from these tables is src/utils/unit-words.ts.
 */

/**
 * Commune-level kinds: `noun` is the lower-case word before the name ("phường Điện Biên"); `en` the English noun
 * after it on the English page ("Dien Bien Ward", src/i18n/en.ts).
 */
export const communeKinds = [
  { value: 'xa', label: 'Xã', noun: 'xã', en: 'Commune' },
  { value: 'phuong', label: 'Phường', noun: 'phường', en: 'Ward' },
  { value: 'dac-khu', label: 'Đặc khu', noun: 'đặc khu', en: 'Special Zone' },
] as const;

/**
 * Residential units under a commune. `head` is the title of the person who leads one ("Trưởng thôn",
 * "Tổ trưởng tổ dân phố"), as it starts a line on a board; `en` as for commune kinds ("Dong Lac Village").
 */
export const residentialKinds = [
  { value: 'thon', label: 'Thôn', noun: 'thôn', head: 'Trưởng thôn', en: 'Village' },
  {
    value: 'to-dan-pho',
    label: 'Tổ dân phố',
    noun: 'tổ dân phố',
    head: 'Tổ trưởng tổ dân phố',
    en: 'Residential Group',
  },
  { value: 'khu-pho', label: 'Khu phố', noun: 'khu phố', head: 'Trưởng khu phố', en: 'Quarter' },
  { value: 'ap', label: 'Ấp', noun: 'ấp', head: 'Trưởng ấp', en: 'Hamlet' },
  { value: 'ban', label: 'Bản', noun: 'bản', head: 'Trưởng bản', en: 'Village' },
  { value: 'xom', label: 'Xóm', noun: 'xóm', head: 'Trưởng xóm', en: 'Hamlet' },
  { value: 'buon', label: 'Buôn', noun: 'buôn', head: 'Trưởng buôn', en: 'Village' },
  { value: 'plon', label: 'Plon', noun: 'plon', head: 'Trưởng plon', en: 'Village' },
  { value: 'khom', label: 'Khóm', noun: 'khóm', head: 'Trưởng khóm', en: 'Hamlet' },
  { value: 'lang', label: 'Làng', noun: 'làng', head: 'Trưởng làng', en: 'Village' },
  { value: 'khu', label: 'Khu', noun: 'khu', head: 'Trưởng khu', en: 'Area' },
] as const;

/** The residential kind a commune's units usually have when none is given: villages in a xã, groups in a phường. */
export const defaultResidentialKind: Record<
  (typeof communeKinds)[number]['value'],
  (typeof residentialKinds)[number]['value']
> = {
  xa: 'thon',
  phuong: 'to-dan-pho',
  'dac-khu': 'to-dan-pho',
};

/** Sentences and labels built from a unit's words (`office` is "Công an phường", `units` "các tổ dân phố"…). */
export const unitPhrases = {
  /** "Công an phường": the police office of the commune level. */
  police: (communeNoun: string) => `Công an ${communeNoun}`,
  /** "các thôn, bản": the residential units of a commune, of one or several kinds. */
  plural: (nouns: string[]) => `các ${nouns.join(', ')}`,
  /** Hotline roles as a reader sees them, by stored value; a role not listed keeps its CMS label. */
  roles: {
    'truong-cong-an': (w: { police: string }) => `Trưởng ${w.police}`,
    'pho-truong-pctp': (w: { police: string }) => `Phó Trưởng ${w.police} phụ trách PCTP`,
    'truc-ban': (w: { police: string }) => `Trực ban ${w.police}`,
    'truong-thon': (w: { heads: string[] }) => w.heads.join(', '),
  } as Record<string, (w: { police: string; heads: string[] }) => string>,
} as const;

/**
 * Abbreviations of offices and terms read out in full on the loudspeaker, longest first. Editors add their own in
 * the site settings ("Chữ viết tắt khi đọc trên loa"); theirs take precedence.
 */
export const spokenAbbreviations: readonly { abbr: string; spoken: string }[] = [
  { abbr: 'CSĐTTP về MT', spoken: 'Cảnh sát điều tra tội phạm về ma túy' },
  { abbr: 'CSĐTTP VỀ MT', spoken: 'Cảnh sát điều tra tội phạm về ma túy' },
  { abbr: 'CSĐTTP', spoken: 'Cảnh sát điều tra tội phạm' },
  { abbr: 'PCTP', spoken: 'phòng, chống tội phạm' },
  { abbr: 'PCMT', spoken: 'phòng, chống ma túy' },
  { abbr: 'UBND', spoken: 'Ủy ban nhân dân' },
  { abbr: 'HĐND', spoken: 'Hội đồng nhân dân' },
  { abbr: 'MTTQ', spoken: 'Mặt trận Tổ quốc' },
  { abbr: 'CAND', spoken: 'Công an nhân dân' },
  { abbr: 'CAX', spoken: 'Công an xã' },
  { abbr: 'CAP', spoken: 'Công an phường' },
  { abbr: 'CSKV', spoken: 'Cảnh sát khu vực' },
  { abbr: 'TDP', spoken: 'tổ dân phố' },
  { abbr: 'THCS', spoken: 'trung học cơ sở' },
  { abbr: 'THPT', spoken: 'trung học phổ thông' },
  { abbr: 'TNCS', spoken: 'Thanh niên Cộng sản' },
];

/** Labels of the settings field in which editors extend the list above. */
export const spokenAbbreviationsText = {
  list: {
    label: 'Chữ viết tắt khi đọc trên loa',
    hint: 'Bản đọc trên loa đọc đầy đủ các chữ viết tắt này. Đã có sẵn: PCTP, CSĐTTP, UBND, MTTQ, CAX… Thêm chữ viết tắt của địa phương nếu cần.',
  },
  abbr: { label: 'Chữ viết tắt', hint: 'Viết đúng chữ hoa, chữ thường như trong bài, ví dụ: BCĐ.' },
  spoken: { label: 'Đọc là', hint: 'Ví dụ: Ban Chỉ đạo.' },
} as const;
