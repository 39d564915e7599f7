/** Registers every content component in the rich-text editor's menu, so editors never type JSX. */
import type { CMS } from 'decap-cms-core';
import { contentComponents, type ComponentAttribute } from '../src/content-model/components';
import { blockPattern, fromBlock, toBlock } from '../src/content-model/component-syntax';
import { adminText } from '../src/i18n/vi';
import { componentPreview } from './previews/components';
import { previewData } from './previews/site-data';

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
      // The site's markup for the component (cms/previews/), with the units and boards a preview template has read.
      toPreview: (data: Record<string, string>) => componentPreview(component, data, previewData()),
    } as never);
  }
}
