/** A hotline board as one sentence an announcer reads out, roles in the words of the board's unit. */
import type { Board } from '../data/hotlines';
import { editorialText } from '../i18n/vi';
import { formatPhone } from '../utils/phone';
import { roleLabel, type CommuneWords } from '../utils/unit-words';

/** `unitKind` is the kind of the board's unit ("to-dan-pho"), so "Tổ trưởng tổ dân phố" is read on its board. */
export function hotlineSentence(unitName: string, board: Board, words: CommuneWords, unitKind?: string): string {
  const lines = board.data.contacts.map((c) =>
    editorialText.hotlineLine(roleLabel(c.role, words, unitKind), formatPhone(c.phone), c.isExample),
  );
  return editorialText.hotlineSpoken(unitName, lines);
}
