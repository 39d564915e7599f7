/**
 * What an editor types in the rich-text editor stays text in the saved MDX. Decap writes typed text as it is (it
 * trusts it as Markdown with raw HTML), so "dưới <18 tuổi", "giá {10} nghìn" or "<https://…>" reached MDX, which
 * reads them as a component, a JavaScript expression or a broken tag: the CMS refused the text with advice to type
 * backslashes the rich-text editor cannot keep, and a hand-made file stopped the build. A remark plugin of the
 * CMS's Markdown writer escapes every `{`, and every `<` that does not start a tag MDX bodies may hold (the inline
 * HTML of SAFE_HTML and the content components, which a body copied in may use); it writes every link as
 * [text](url), never as an autolink <url>, and an address typed as <url> as the bare address. Reading is
 * unchanged: `\{` and `\<` read back as what the editor typed.
 */
import { contentComponents } from '../src/content-model/components';
import { SAFE_HTML } from '../src/content-model/mdx-rules';

interface MdastNode {
  type: string;
  value?: string;
  title?: string | null;
  children?: MdastNode[];
}

/** Tags a body may hold as written: left as they are. */
const KEPT_TAGS = new Set([...Object.keys(SAFE_HTML), ...contentComponents.map((c) => c.name)]);
/** `{`, or `<` with what may follow it as a tag name, each with the backslashes before it. */
const SPECIAL = /(\\*)(\{|<(\/?)([A-Za-z][\w.:-]*)?)/g;

/** A web address typed in angle brackets, the Markdown way of making it a link (MDX cannot read it). */
const BRACKETED_URL = /<(https?:\/\/[^\s<>]+)>/g;

/**
 * Text as MDX reads it as the same text (see the module comment). An address typed as <https://…> loses its brackets:
 * MDX makes a bare address a link, which is what the brackets asked for.
 */
export function escapeMdxText(text: string): string {
  return text
    .replace(BRACKETED_URL, '$1')
    .replace(
      SPECIAL,
      (match, slashes: string, what: string, _close, name: string | undefined, at: number, all: string) => {
        if (slashes.length % 2 === 1) return match; // already escaped
        if (what !== '{' && name && KEPT_TAGS.has(name) && /^[\s/>]/.test(all.slice(at + match.length))) return match;
        return `${slashes}\\${what}`;
      },
    );
}

function escapeTree(node: MdastNode): void {
  // Decap gives typed text to the writer as `html` nodes, so that it is not escaped as Markdown; `text` nodes too.
  if ((node.type === 'html' || node.type === 'text') && typeof node.value === 'string') {
    node.value = escapeMdxText(node.value);
  }
  // remark-stringify writes a link as <url> when it has no title and its text is its URL: an empty title avoids it.
  if (node.type === 'link' && node.title == null) node.title = '';
  node.children?.forEach(escapeTree);
}

/**
 * The plugin (a unified attacher). Decap runs the CMS's remark plugins when it reads Markdown and when it writes it;
 * it acts only when writing, where the processor has a Compiler.
 */
export function mdxSafeText(this: { Compiler?: unknown }) {
  if (!this.Compiler) return undefined;
  return (tree: MdastNode) => escapeTree(tree);
}
