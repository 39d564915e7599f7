/** How a document's number and symbol read on pages: as written, or "chưa có số" when it has none. */
import { documentText } from '../i18n/documents';

/** "240/KH-UBND", "/KH-UBND-CA" as written; "chưa có số, ký hiệu KH-UBND"; "chưa có số". */
export function documentNumberText(data: { number?: string; symbol?: string }): string {
  if (data.number) return data.number;
  return data.symbol ? documentText.noNumberWithSymbol(data.symbol) : documentText.noNumber;
}
