/**
 * Markdown to React elements for the CMS preview, safely: the text is hostile input, so raw HTML is dropped (never
 * parsed or executed), links and images keep only web, mail and phone addresses, and React escapes every text.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Addresses a preview may link to: relative paths, anchors, http(s), mailto and tel. */
export function safeUrl(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): judge the address without them.
  const value = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return value.startsWith('//') ? undefined : value;
  return ['http', 'https', 'mailto', 'tel'].includes(scheme) ? value : undefined;
}

/** Character references in Markdown text (`&amp;`, `&#7871;`), decoded as Markdown does. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    const decoded = decodeNamedCharacterReference(ref);
    return decoded === false ? whole : decoded;
  });
}

function inline(tokens: Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((t, i) => inlineToken(t, i));
}

function inlineToken(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text':
      return token.tokens ? h(Fragment, { key }, ...inline(token.tokens)) : decodeEntities((token as Tokens.Text).text);
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return h('strong', { key }, ...inline(token.tokens));
    case 'em':
      return h('em', { key }, ...inline(token.tokens));
    case 'del':
      return h('del', { key }, ...inline(token.tokens));
    case 'codespan':
      return h('code', { key }, (token as Tokens.Codespan).text);
    case 'br':
      return h('br', { key });
    case 'link': {
      const link = token as Tokens.Link;
      const href = safeUrl(link.href);
      return href
        ? h('a', { key, href, title: link.title ?? undefined }, ...inline(link.tokens))
        : h(Fragment, { key }, ...inline(link.tokens));
    }
    case 'image': {
      const image = token as Tokens.Image;
      const src = safeUrl(image.href);
      return src ? h('img', { key, src, alt: image.text, title: image.title ?? undefined }) : null;
    }
    // Raw HTML and anything unknown is hostile or unsupported: left out.
    default:
      return null;
  }
}

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'paragraph':
      return h('p', { key }, ...inline(token.tokens));
    case 'heading':
      return h(`h${Math.min(Math.max((token as Tokens.Heading).depth, 1), 6)}`, { key }, ...inline(token.tokens));
    case 'list': {
      const list = token as Tokens.List;
      const props =
        list.ordered && list.start !== 1 && list.start !== '' ? { key, start: Number(list.start) } : { key };
      return h(
        list.ordered ? 'ol' : 'ul',
        props,
        ...list.items.map((item, i) => h('li', { key: i }, ...blocks(item.tokens))),
      );
    }
    case 'blockquote':
      return h('blockquote', { key }, ...blocks(token.tokens ?? []));
    case 'code':
      return h('pre', { key }, h('code', null, (token as Tokens.Code).text));
    case 'hr':
      return h('hr', { key });
    case 'table': {
      const table = token as Tokens.Table;
      return h(
        'table',
        { key },
        h('thead', null, h('tr', null, ...table.header.map((cell, i) => h('th', { key: i }, ...inline(cell.tokens))))),
        h(
          'tbody',
          null,
          ...table.rows.map((row, r) =>
            h('tr', { key: r }, ...row.map((cell, i) => h('td', { key: i }, ...inline(cell.tokens)))),
          ),
        ),
      );
    }
    // Inline text directly in a tight list item.
    case 'text':
      return inlineToken(token, key);
    default:
      return null;
  }
}

function blocks(tokens: Token[]): ReactNode[] {
  return tokens.map(block).filter((node) => node !== null);
}

/** The blocks of a Markdown text (GitHub-flavoured, as the site's MDX pipeline reads it) as React elements. */
export function renderMarkdown(markdown: string): ReactNode[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown));
}
