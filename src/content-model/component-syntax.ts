/**
 * How a content component is written in MDX, and read back: the CMS saves with toBlock and parses with
 * the pattern, so what an editor inserts from the menu is always MDX the build accepts.
 */
import type { ContentComponent } from './components';

export type ComponentData = Record<string, string>;

/** Attribute values are plain strings; a straight double quote would end the value, so it becomes a curly one. */
function attributeValue(value: string): string {
  return value.normalize('NFC').replace(/"/g, '”').replace(/\r?\n/g, ' ').trim();
}

export function toBlock(component: ContentComponent, data: ComponentData): string {
  const attributes = component.attributes
    .filter((a) => (data[a.name] ?? '') !== '')
    .map((a) => ` ${a.name}="${attributeValue(data[a.name]!)}"`)
    .join('');
  if (!component.hasBody) return `<${component.name}${attributes} />`;
  return `<${component.name}${attributes}>\n\n${(data.body ?? '').trim()}\n\n</${component.name}>`;
}

/** Matches one block of the component, from the start of a paragraph (no `m` flag: Decap anchors it). */
export function blockPattern(component: ContentComponent): RegExp {
  const attributes = '((?:\\s+[A-Za-z]+="[^"]*")*)';
  return component.hasBody
    ? new RegExp(`^<${component.name}${attributes}\\s*>\\s*([\\s\\S]*?)\\s*</${component.name}>`)
    : new RegExp(`^<${component.name}${attributes}\\s*/>`);
}

export function fromBlock(component: ContentComponent, match: RegExpMatchArray): ComponentData {
  const data: ComponentData = {};
  for (const [, name, value] of (match[1] ?? '').matchAll(/([A-Za-z]+)="([^"]*)"/g)) data[name!] = value!;
  if (component.hasBody) data.body = match[2] ?? '';
  return data;
}
