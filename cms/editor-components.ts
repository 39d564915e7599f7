/** Registers every content component in the rich-text editor's menu, so editors never type JSX. */
import { createElement } from 'react';
import type { CMS } from 'decap-cms-core';
import { contentComponents, type ComponentAttribute } from '../src/content-model/components';
import { blockPattern, fromBlock, toBlock } from '../src/content-model/component-syntax';
import { adminText } from '../src/i18n/vi';

function attributeField(a: ComponentAttribute) {
  const base = { name: a.name, label: a.label, required: a.required };
  if (a.options) return { ...base, widget: 'select', options: a.options.map((o) => ({ label: o.label, value: o.value })) };
  if (a.input === 'unit') return { ...base, widget: 'relation', collection: 'units', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] };
  // The same rule as the build's (src/safety/media-ref.ts), so a path with "..", a query or another prefix is refused before saving.
  if (a.input === 'file') return { ...base, widget: 'file', choose_url: false, ...(a.pattern ? { pattern: [a.pattern[0].source, a.pattern[1]] } : {}) };
  if (a.input === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true };
  return { ...base, widget: 'string', ...(a.pattern ? { pattern: [a.pattern[0].source, a.pattern[1]] } : {}) };
}

export function registerEditorComponents(cms: CMS): void {
  for (const component of contentComponents) {
    cms.registerEditorComponent({
      id: component.id,
      label: component.label,
      fields: [
        ...component.attributes.map(attributeField),
        ...(component.hasBody ? [{ name: 'body', label: adminText.componentBody, widget: 'markdown' }] : []),
      ],
      pattern: blockPattern(component),
      fromBlock: (match: RegExpMatchArray) => fromBlock(component, match),
      toBlock: (data: Record<string, string>) => toBlock(component, data),
      toPreview: (data: Record<string, string>) =>
        createElement(
          'aside',
          { className: 'my-4 border-l-4 border-brand bg-paper p-4' },
          createElement('strong', null, component.label),
          ...component.attributes
            .filter((a) => data[a.name])
            .map((a) => createElement('div', { key: a.name }, `${a.label}: ${a.options?.find((o) => o.value === data[a.name])?.label ?? data[a.name]}`)),
          component.hasBody && data.body ? createElement('p', null, data.body) : null,
        ),
    } as never);
  }
}
