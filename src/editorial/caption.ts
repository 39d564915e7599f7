/** The ready-to-paste text of a post for Zalo and Facebook groups: title, two short lines, hotline, link. */
import { editorialText } from '../i18n/vi';

export interface CaptionInput {
  title: string;
  summary: string;
  /** Display form of the commune's hotline. */
  hotline: string;
  /** The hotline is not confirmed yet: the caption says "(số minh họa)" after it. */
  hotlineIsExample?: boolean;
  url: string;
}

/** At most two sentences and about 220 characters, cut at a word, never mid-word. */
export function shortSummary(summary: string, max = 220): string {
  const sentences =
    summary
      .normalize('NFC')
      .trim()
      .match(/[^.!?]+[.!?]*/g) ?? [];
  let text = sentences.slice(0, 2).join('').trim();
  if (text.length <= max) return text;
  text = text.slice(0, max);
  return `${text.slice(0, text.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

export function buildCaption(input: CaptionInput): string {
  return [
    input.title.normalize('NFC').toUpperCase(),
    '',
    shortSummary(input.summary),
    '',
    editorialText.captionHotline(input.hotline, input.hotlineIsExample ?? false),
    editorialText.captionLink(input.url),
  ].join('\n');
}
