/** "xã Lạc Phượng", "thôn Đông Lạc": the kind of unit in lower case before its name (words from src/utils/unit-words.ts). */
import { unitName } from './unit-words';

export function unitLabel(kind: string, name: string): string {
  return unitName({ kind, name });
}
