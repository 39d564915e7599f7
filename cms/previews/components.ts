/** One content component's preview, by name, from the values written in the body: the same markup as the site's. */
import { createElement as h, type ReactNode } from 'react';
import type { ContentComponent } from '../../src/content-model/components';
import type { ComponentData } from '../../src/content-model/component-syntax';
import { ui } from '../../src/i18n/vi';
import { previewText } from '../../src/i18n/previews';
import { CalloutPreview } from './callout';
import { DownloadPreview } from './download';
import { KeyDatePreview } from './key-date';
import { HotlineCardPreview } from './hotline-card';
import { ReportStepsPreview } from './report-steps';
import { renderMarkdown } from './markdown';
import type { PreviewData } from './site-data';

/** The preview of `component` with the attribute values (and Markdown body) `values`. */
export function componentPreview(
  component: ContentComponent,
  values: ComponentData,
  data: PreviewData | undefined,
  key?: number,
): ReactNode {
  switch (component.name) {
    case 'Callout':
      return h(CalloutPreview, { key, type: values.type, title: values.title }, ...renderMarkdown(values.body ?? ''));
    case 'Download':
      return h(DownloadPreview, { key, href: values.href, label: values.label });
    case 'KeyDate':
      return h(KeyDatePreview, { key, date: values.date, label: values.label });
    case 'HotlineCard':
      return h(HotlineCardPreview, { key, unit: values.unit, data });
    case 'ReportSteps': {
      if (!data?.words)
        return h(
          'section',
          { key, className: 'card my-4' },
          h('h2', { className: 'mt-0 text-xl' }, ui.howToReport),
          h('p', { className: 'text-sm text-muted' }, previewText.reportStepsLoading),
        );
      const [call = '', inPerson = ''] = ui.reportWays(data.words);
      return h(ReportStepsPreview, {
        key,
        call,
        inPerson,
        mailbox: data.reporting.mailbox,
        vneidSteps: data.reporting.vneidSteps,
      });
    }
  }
}
