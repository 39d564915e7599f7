/** Registers every content component in the rich-text editor's menu, so editors never type JSX. */
import type { CMS } from 'decap-cms-core';
import { contentComponents } from '../src/content-model/components';
import { blockPattern, fromBlock, toBlock } from '../src/content-model/component-syntax';
import { adminText } from '../src/i18n/vi';
import { componentPreview } from './previews/components';
import { previewData } from './previews/site-data';

export function registerEditorComponents(cms: CMS): void {
  for (const component of contentComponents) {
    cms.registerEditorComponent({
      id: component.id,
      label: component.label,
      fields: [
        // Each prop's field as the builders made it (src/content-model/fields.ts): the widget, its options and hint.
        ...component.attributes.map((a) => a.decap),
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
