/**
 * A body MDX cannot parse, told in Vietnamese the way the allow-list tells what is not allowed: the file, the line
 * and column, what is wrong and how to fix it. Sätteri reports these as "line:column: English text (rule)" with
 * no file; a `<` in running text ("dưới <18 tuổi", "<https://…>"), an HTML comment, an unclosed component or `{`
 * are what editors meet. Anything else (the allow-list's own messages, other failures) passes unchanged.
 */
import { mdxText } from '../i18n/safety';

const SYNTAX = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))?$/;

/** What is wrong, from Sätteri's text. */
function reason(text: string): string {
  const t = mdxText.syntax;
  let m: RegExpExecArray | null;
  if (/^Unexpected character `!`/.test(text)) return t.comment;
  if ((m = /^Expected a closing tag for `<([^>`]+)>`/.exec(text))) return t.unclosed(m[1]!);
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]+)>`/.exec(text)))
    return t.mismatch(m[1]!, m[2]!);
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`/.exec(text))) return t.strayClosing(m[1]!);
  if (/expected a corresponding closing brace for `\{`/.test(text)) return t.brace;
  if (/^Unexpected character .*(after `<`|before name)/.test(text)) return t.lessThan;
  return t.other;
}

/** The error to throw for `error` from compiling the body of `file` (shown relative to the content folder). */
export function explainMdxSyntaxError(error: unknown, file: string): unknown {
  if (!(error instanceof Error)) return error;
  const match = SYNTAX.exec(error.message.split('\n')[0]!);
  if (!match) return error;
  const [, line, column, text] = match;
  const message = `${mdxText.syntax.heading(file)}\n  ${file}, ${mdxText.at(Number(line), Number(column))}: ${reason(text!)}.`;
  return Object.assign(new Error(message), { cause: error });
}
