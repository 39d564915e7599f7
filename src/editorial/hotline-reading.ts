/** A hotline board as one sentence an announcer reads out. */
import type { Board } from '../data/hotlines';
import { choiceLabel, editorialText } from '../i18n/vi';
import { formatPhone } from '../utils/phone';

export function hotlineSentence(unitName: string, board: Board): string {
  const lines = board.data.contacts.map((c) => editorialText.hotlineLine(choiceLabel('hotlineRole', c.role), formatPhone(c.phone)));
  return editorialText.hotlineSpoken(unitName, lines);
}
