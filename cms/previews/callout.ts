/** The preview copy of src/components/content/Callout.astro (tests/build/preview-drift.test.ts keeps them in step). */
import { createElement as h, type ReactNode } from 'react';
import { calloutStyles, calloutType } from '../../src/components/content/callout-styles';
import { ui } from '../../src/i18n/vi';

export interface CalloutProps {
  type?: string | undefined;
  title?: string | undefined;
  /** The rendered Markdown body. */
  children?: ReactNode;
}

/** A callout frame around its body. */
export function CalloutPreview({ type: written, title, children }: CalloutProps) {
  const type = calloutType(written);
  const heading = title || ui.callout[type];
  return h(
    'div',
    { role: 'note', className: `my-4 border-l-4 p-4 ${calloutStyles[type]}`, 'aria-label': heading },
    h('p', { className: 'font-bold' }, heading),
    h('div', { className: 'mt-1' }, children),
  );
}
