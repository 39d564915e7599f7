/**
 * A slide deck as a display list: slides of positioned boxes and text boxes, in points on a 16:9 slide of
 * 960 × 540 pt (PowerPoint's "Widescreen", 13.333 × 7.5 in). The slides template lays out once, with every line
 * already measured, and the PPTX writer (pptx.ts) only places what it is given.
 */

/** Slide size in points. */
export const SLIDE = { width: 960, height: 540 } as const;

/** One paragraph of a text box, set in one size; its lines were measured by the template. */
export interface DeckParagraph {
  text: string;
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  /** A bullet before the paragraph, with the text indented by this many points. */
  bulletIndent?: number;
  /** Space above the paragraph, in points. */
  spaceBefore?: number;
  align?: 'left' | 'center' | 'right';
}

/** A text box: its paragraphs are set from the top with a line pitch of 1.2 × their size. */
export interface DeckText {
  x: number;
  y: number;
  w: number;
  h: number;
  paragraphs: DeckParagraph[];
  valign?: 'top' | 'middle' | 'bottom';
}

/** A filled rectangle (optionally rounded). */
export interface DeckBox {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  radius?: number;
}

/** One slide: background colour, boxes under the text, text boxes, and the speaker notes. */
export interface DeckSlide {
  background: string;
  boxes: DeckBox[];
  texts: DeckText[];
  notes: string;
}

/** A whole deck and its document properties. */
export interface Deck {
  title: string;
  subject: string;
  author: string;
  company: string;
  slides: DeckSlide[];
}

/** Line pitch of every paragraph, as a multiple of its size (written as exact spacing, so every app agrees). */
export const LINE_PITCH = 1.2;
