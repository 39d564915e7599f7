/**
 * The MDX allow-list rules, one node at a time: what an MDX body may contain. Content is Markdown plus the
 * components of src/content-model/components.ts with plain string attributes, and a few harmless inline
 * HTML elements. No import/export, no {expressions}, no scripts, no event handlers, no javascript: links, and
 * every image, link, definition and file prop points where src/safety/media-ref.ts allows (never a relative path,
 * which the MDX pipeline would import as code).
 */
import { contentComponents, type ComponentProp, type ContentComponent } from './components';
import type { Choice } from './fields';
import { mdxText, mediaRefText } from '../i18n/safety';
import { checkMediaRef, type MediaFolder } from '../safety/media-ref';

/** A node as the rules read it (the mdast shape, fields optional). */
export interface RuleNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Inline HTML editors may use; none takes attributes except abbr's title. */
export const SAFE_HTML: Record<string, string[]> = {
  br: [],
  sub: [],
  sup: [],
  abbr: ['title'],
  mark: [],
  small: [],
  kbd: [],
  del: [],
  ins: [],
  s: [],
  u: [],
};

/** Elements that run code, load other documents or change the page around the content. */
const DANGEROUS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'dialog',
  'slot',
]);

/** Browsers drop tabs, new lines and leading spaces in URLs, so "java\tscript:" runs too: test without them. */
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data):/i;
export const isUnsafeUrl = (url: string) => UNSAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f]/g, ''));

function checkComponent(
  component: ContentComponent,
  node: RuleNode,
  report: (reason: string) => void,
  media?: MediaFolder,
): void {
  const tag = component.name;
  const allowed = component.attributes.map((a) => a.name);
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(mdxText.spreadAttribute(tag));
      continue;
    }
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      report(mdxText.eventHandler(name, tag));
      continue;
    }
    const spec = component.attributes.find((a) => a.name === name);
    if (!spec) {
      report(mdxText.unknownAttribute(name, tag, allowed));
      continue;
    }
    seen.add(name);
    if (typeof attribute.value !== 'string') {
      report(mdxText.attributeExpression(name, tag));
      continue;
    }
    for (const reason of propViolations(tag, spec, attribute.value, media)) report(reason);
  }
  for (const spec of component.attributes)
    if (spec.decap.required && !seen.has(spec.name)) report(mdxText.missingAttribute(component, spec));
}

/**
 * Why a written prop value is refused (none when it is allowed), by the prop's field (src/content-model/components.ts):
 * its schema, and for an upload the media rule against the build's media folder. A date must be a day the calendar
 * has (the page would otherwise show 2026-02-30 as 2 March).
 */
function propViolations(tag: string, spec: ComponentProp, value: string, media?: MediaFolder): string[] {
  const { name } = spec;
  // An optional prop written empty is a prop left out: the CMS never writes one.
  if (!spec.decap.required && value.trim() === '') return [];
  const reasons: string[] = [];
  const options = spec.decap.options as readonly Choice[] | undefined;
  if (options && !spec.zod.safeParse(value).success)
    reasons.push(
      mdxText.badOption(
        name,
        tag,
        value,
        options.map((o) => o.value),
      ),
    );
  if (isUnsafeUrl(value)) reasons.push(mdxText.unsafeUrl(name, tag));
  else if (spec.decap.widget === 'file' || spec.decap.widget === 'image') {
    // An upload: the rule of the field's schema (checkMediaRef), with the folder this build was given.
    const ref = checkMediaRef(value, { kind: spec.decap.widget }, media);
    if (!ref.ok) reasons.push(mdxText.badPattern(name, tag, value, ref.reason));
  } else if (!options) {
    const issue = spec.zod.safeParse(value).error?.issues[0];
    if (issue) reasons.push(mdxText.badPattern(name, tag, value, spec.invalid ?? issue.message));
  }
  return reasons;
}

function checkHtml(tag: string, node: RuleNode, report: (reason: string) => void): void {
  const handler = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name ?? ''));
  if (handler) report(mdxText.eventHandler(handler.name!, tag));
  if (DANGEROUS.has(tag)) return report(mdxText.script(tag));
  const allowed = SAFE_HTML[tag];
  if (!allowed) return report(mdxText.htmlElement(tag, Object.keys(SAFE_HTML)));
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') report(mdxText.spreadAttribute(tag));
    else if (!/^on/i.test(attribute.name ?? '') && !allowed.includes(attribute.name ?? ''))
      report(mdxText.unknownAttribute(attribute.name ?? '', tag, allowed));
    else if (attribute.value !== undefined && attribute.value !== null && typeof attribute.value !== 'string')
      report(mdxText.attributeExpression(attribute.name ?? '', tag));
  }
}

/** Why an image, link or definition URL is refused, or undefined when it is allowed (javascript:/data: first). */
export function urlViolation(
  type: 'image' | 'link' | 'definition',
  url: string,
  media?: MediaFolder,
  asImage = type === 'image',
): string | undefined {
  if (isUnsafeUrl(url)) return mdxText.unsafeUrl('url', asImage ? 'img' : 'a');
  const ref = checkMediaRef(url, { kind: asImage ? 'image' : 'link' }, media);
  return ref.ok ? undefined : mediaRefText.inBody(type, url, ref.reason);
}

/**
 * Every reason a node breaks the allow-list (none when it is allowed). `media` is the build's media folder: with
 * it, uploads named by images, links and file props must exist inside it.
 */
export function nodeViolations(node: RuleNode, media?: MediaFolder): string[] {
  const reasons: string[] = [];
  const report = (reason: string) => void reasons.push(reason);
  switch (node.type) {
    case 'mdxjsEsm':
      report(mdxText.esm);
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = String(node.value ?? '').trim();
      report(mdxText.expression(code.length > 40 ? `${code.slice(0, 40)}…` : code));
      break;
    }
    case 'html':
      report(mdxText.rawHtml);
      break;
    case 'link':
    case 'image':
    case 'definition': {
      const reason = urlViolation(node.type, node.url ?? '', media);
      if (reason) report(reason);
      break;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const component = contentComponents.find((c) => c.name === name);
      if (component) checkComponent(component, node, report, media);
      else if (/^[a-z][a-z0-9]*$/.test(name)) checkHtml(name, node, report);
      else
        report(
          mdxText.unknownComponent(
            name || '<>',
            contentComponents.map((c) => c.name),
          ),
        );
      break;
    }
  }
  return reasons;
}
