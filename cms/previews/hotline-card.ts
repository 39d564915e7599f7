/** The preview of <HotlineCard unit="…" />: the unit's board as src/components/content/HotlineCard.astro shows it, or its frame with a note. */
import { createElement as h } from 'react';
import { ui } from '../../src/i18n/vi';
import { previewText } from '../../src/i18n/previews';
import { unitTitle } from '../../src/utils/unit-words';
import { contactViews } from '../../src/utils/hotline-view';
import { parseCalendarDate } from '../../src/utils/dates';
import { HotlineBoardPreview } from './hotline-board';
import type { PreviewData } from './site-data';

/** The card frame with a note in place of the numbers. */
function frame(heading: string, note: string) {
  return h(
    'section',
    { className: 'card my-4 border-2 border-alert', 'aria-label': heading },
    h('h3', { className: 'mt-0 mb-2 text-xl' }, heading),
    h('p', { className: 'text-sm text-muted' }, note),
  );
}

/** The hotline card of unit `slug`, from the data read so far (undefined: not read yet). */
export function HotlineCardPreview({
  unit: slug = '',
  data,
}: {
  unit?: string | undefined;
  data: PreviewData | undefined;
}) {
  const unit = data?.units.get(slug);
  const heading = `${ui.hotlineTitle}: ${unit ? unitTitle(unit) : slug}`;
  if (!data || !data.words) return frame(heading, previewText.hotlineLoading);
  const board = data.boards.get(slug);
  const verifiedOn = board && parseCalendarDate(String(board.verifiedOn).slice(0, 10));
  if (!unit || !board || !verifiedOn) return frame(heading, previewText.hotlineMissing(slug));
  return h(HotlineBoardPreview, {
    heading,
    headingLevel: 3,
    contacts: contactViews(board.contacts ?? [], data.words, unit.kind),
    mailbox: board.mailbox,
    note: board.note,
    verifiedOn,
    exampleNote: (board.contacts ?? []).some((c) => c.isExample) ? ui.exampleNote(data.words.police) : undefined,
  });
}
