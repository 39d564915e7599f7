/** What the generator renders: one job per output file, with every input its template needs (and nothing else). */
import type { QuizQuestion } from '../data/quiz.ts';

/** Who the material is from: shown on every template. */
export interface Brand {
  siteName: string;
  /** "xã Lạc Phượng" */
  communeName: string;
  province?: string;
  /** Host shown in print, e.g. lacphuong.example.vn */
  host: string;
  /** The commune's main number, formatted: the one the header's call button dials. */
  phone: string;
  /** The main number is not confirmed yet: every template that shows it says "số minh họa". */
  phoneIsExample: boolean;
}

/** A number on a board or a poster. */
export interface Contact {
  role: string;
  /** Name and title, joined; may be empty. */
  who: string;
  phone: string;
  isExample: boolean;
}

export interface ShareData {
  brand: Brand;
  kicker: string;
  title: string;
  /** The unit the page is about, when not the commune (a village's hotline page). */
  unitName?: string;
}

export interface SquareData {
  brand: Brand;
  kicker: string;
  title: string;
  summary: string;
  date: string;
}

export interface BoardData {
  brand: Brand;
  unitName: string;
  /** "xã Lạc Phượng, thành phố Hải Phòng" for a village; the province for the commune. */
  unitContext: string;
  contacts: Contact[];
  mailbox: string;
  /** How to report in VNeID: the site settings' steps, the same as the pages' (src/data/reporting.ts). */
  vneidSteps: readonly string[];
  note?: string;
  verifiedOn: string;
  qrUrl: string;
  /** The board's numbers as phone contacts (vCard): a second QR code, "save to contacts". */
  contactsUrl?: string;
}

export interface StickerData {
  brand: Brand;
  stickers: { unitName: string; role: string; phone: string; isExample: boolean; url: string }[];
}

export interface PosterData {
  brand: Brand;
  title: string;
  theme: string;
  slogan: string;
  period: string;
  keyDates: { date: string; label: string }[];
  contacts: Contact[];
  qrUrl: string;
}

export interface BannerData {
  brand: Brand;
  title: string;
  slogan: string;
}

export interface HandoutData {
  brand: Brand;
  title: string;
  summary: string;
  level: string;
  minutes: number;
  objectives: string[];
  materials: string[];
  activities: { name: string; minutes: number; description: string }[];
  keyMessages: string[];
  contacts: Contact[];
  url: string;
}

export interface FormData {
  brand: Brand;
  title: string;
  summary: string;
  fillIn: string[];
  commitments: string[];
  signers: string[];
  signHint: string;
  /** Where the form is signed, for the date line: "Lạc Phượng". */
  place: string;
}

/** A lesson's slides (.pptx): the handout's content, the quiz, and the numbers of the closing slide. */
export interface SlidesData {
  brand: Brand;
  title: string;
  summary: string;
  level: string;
  minutes: number;
  classNotes: string;
  objectives: string[];
  materials: string[];
  activities: { name: string; minutes: number; description: string }[];
  keyMessages: string[];
  quiz: QuizQuestion[];
  contacts: Contact[];
  url: string;
}

/** A lesson's quiz on paper: the worksheet for students and the answer key for the teacher. */
export interface QuizSheetData {
  brand: Brand;
  title: string;
  level: string;
  quiz: QuizQuestion[];
  url: string;
}

/** Template name → its data. */
export interface TemplateData {
  share: ShareData;
  square: SquareData;
  board: BoardData;
  stickers: StickerData;
  poster: PosterData;
  banner: BannerData;
  handout: HandoutData;
  form: FormData;
  slides: SlidesData;
  worksheet: QuizSheetData;
  answerKey: QuizSheetData;
}

export type TemplateName = keyof TemplateData;

/** One file to generate. */
export type PosterJob = {
  [T in TemplateName]: {
    /** URL path of the output, e.g. /tai-ve/bai-giang/x.pdf */
    file: string;
    /** The page it belongs to, named in errors. */
    page: string;
    template: T;
    format: 'png' | 'pdf' | 'pptx';
    data: TemplateData[T];
  };
}[TemplateName];

/** A ZIP of other generated files (a school level's lessons and the forms), made after them, in a fixed order. */
export interface BundleJob {
  /** URL path of the ZIP. */
  file: string;
  /** The page that offers it, named in errors. */
  page: string;
  /** Each member: the generated file it holds (URL path) and its name inside the ZIP (ASCII). */
  parts: { from: string; name: string }[];
  /** A text member written first (the contents list). */
  contents: { name: string; text: string };
}

/** What the site hands the generator: every data-driven job, and what share images need to know. */
export interface PosterManifest {
  brand: Brand;
  /** Village id → "thôn Đông Lạc", for share images of village pages. */
  units: Record<string, string>;
  jobs: PosterJob[];
  /** ZIPs of generated files, made once their parts exist. */
  bundles: BundleJob[];
}
