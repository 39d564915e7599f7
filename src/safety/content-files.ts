/**
 * Reading a content file without losing it silently. Astro's glob loader skips a file it cannot read (a broken
 * link, no permission) with only a log line, and reads bytes that are not UTF-8 (a file saved as Windows-1258
 * or TCVN3 on an old office PC) as replacement characters, publishing garbled Vietnamese. Both stop the build.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loaderText } from '../i18n/safety';
import { contentDir } from '../utils/content-dir';

// ignoreBOM: false drops a leading byte-order mark (Notepad on Windows writes one), so no reader ever sees it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a content file, the one way content files are read (loader, privacy guard, pre-checks, MDX
 * modules, report): a byte-order mark is accepted and removed; throws a Vietnamese message naming the file when
 * it is unreadable or not UTF-8.
 */
export function readContentFile(file: string): string {
  const shown = relative(contentDir(), file) || file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(
      `${loaderText.heading}\n  ${loaderText.unreadable(shown, (error as NodeJS.ErrnoException).code ?? String(error))}`,
    );
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const line = bytes.subarray(0, firstInvalidUtf8(bytes)).toString('latin1').split('\n').length;
    throw new Error(`${loaderText.heading}\n  ${loaderText.notUtf8(shown, line)}`);
  }
}

/** Offset of the first byte that does not decode as UTF-8. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by halving (a prefix may end inside a character, so allow 3 bytes of slack).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
