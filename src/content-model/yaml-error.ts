/**
 * A YAML reading error in the editors' words: what is wrong and how to fix it (src/i18n/vi.ts `yamlReasons`), where
 * (the line and column in the file itself, so an MDX file's front matter counts its opening `---`), and the lines
 * the reader showed with a mark under the place. The reader's own English text is never shown.
 */
import { YAMLError } from 'yaml';
import { messages } from '../i18n/vi';

type Reason = keyof typeof messages.yamlReasons;

const EXPLAINED = new Set<string>(Object.keys(messages.yamlReasons));

/**
 * The message for `error` thrown by `yaml`'s parse() on `file`'s text; `firstLine` is the file's line of the text's
 * first line (2 for front matter after `---`).
 */
export function yamlErrorMessage(file: string, error: unknown, firstLine = 1): string {
  if (!(error instanceof YAMLError)) {
    // Alias limits and unresolved aliases are thrown as ReferenceError, without a place.
    return messages.yamlBroken(file, messages.yamlReasons[error instanceof ReferenceError ? 'aliases' : 'other']);
  }
  const reason = messages.yamlReasons[EXPLAINED.has(error.code) ? (error.code as Reason) : 'other'];
  const at = error.linePos?.[0];
  if (!at) return messages.yamlBroken(file, reason);
  // With prettyErrors the message ends with the lines around the place and a ^ under it.
  const excerpt = error.message.split('\n\n').slice(1).join('\n\n').trimEnd();
  const message = messages.yamlBroken(file, reason, { line: at.line + firstLine - 1, column: at.col });
  return excerpt ? `${message}\n${excerpt.replace(/^/gm, EXCERPT_INDENT)}` : message;
}

/** Marks the shown lines of the file under a message (indented, as in the build log). */
const EXCERPT_INDENT = '    ';

/** A message split into its words and the file's lines shown under them (for a page that sets those apart). */
export function messageParts(text: string): { words: string; excerpt?: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.startsWith(EXCERPT_INDENT));
  if (first < 0) return { words: text };
  return {
    words: lines.slice(0, first).join('\n'),
    excerpt: lines
      .slice(first)
      .map((line) => line.slice(EXCERPT_INDENT.length))
      .join('\n'),
  };
}
