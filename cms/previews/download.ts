/** The preview copy of src/components/content/Download.astro. */
import { createElement as h } from 'react';
import { ui } from '../../src/i18n/vi';
import { safeUrl } from './markdown';

export interface DownloadProps {
  href?: string | undefined;
  label?: string | undefined;
}

/** The download button. */
export function DownloadPreview({ href = '', label }: DownloadProps) {
  return h(
    'p',
    { className: 'my-4' },
    h('a', { className: 'button', href: safeUrl(href), download: '' }, `⬇ ${label || ui.download}`),
  );
}
