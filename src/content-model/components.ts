/**
 * The MDX components editors may put in a body, described once: the site renders them
 * (src/components/content), the CMS offers them from its menu (cms/editor-components.ts),
 * and the build rejects any other tag. Their props are declared with the field builders of the
 * content types (./fields.ts): each prop's schema judges a written value (./mdx-rules.ts, in the build
 * and in the editor) and its Decap field is the editor component's field.
 */
import { date, media, reference, select, text, type Field } from './fields';
import { choices } from './choices';
import { componentText as t } from '../i18n/vi';
import { reportingText } from '../i18n/reporting';

/** One string prop of a component: a field built with ./fields.ts, its label, and how a refused value is explained. */
export type ComponentProp = Field & {
  /** The field's label, as the CMS shows it. */
  label: string;
  /**
   * The reason given for a hand-written value the field refuses, when the field's own message is about the
   * CMS widget rather than about what to write (a date picker, a list of units).
   */
  invalid?: string;
};

/** A component prop from a field declared with the builders. */
function prop(field: Field, invalid?: string): ComponentProp {
  return { ...field, label: field.decap.label, ...(invalid ? { invalid } : {}) };
}

export interface ContentComponent {
  /** Tag name in MDX. */
  name: 'Callout' | 'HotlineCard' | 'Download' | 'KeyDate' | 'ReportSteps';
  /** Id of the CMS editor component. */
  id: string;
  /** Menu label in the CMS. */
  label: string;
  /** Its props (MDX attributes), in the order the CMS shows them. */
  attributes: readonly ComponentProp[];
  /** Whether the component wraps Markdown text. */
  hasBody: boolean;
}

export const contentComponents: ContentComponent[] = [
  {
    name: 'Callout',
    id: 'callout',
    label: t.callout.label,
    hasBody: true,
    attributes: [
      prop(select('type', { label: t.callout.type, choices: choices.calloutType })),
      prop(text('title', { label: t.callout.title, required: false, max: 120 })),
    ],
  },
  {
    name: 'HotlineCard',
    id: 'hotline-card',
    label: t.hotlineCard.label,
    hasBody: false,
    attributes: [
      prop(
        reference('unit', { label: t.hotlineCard.unit, collection: 'units', displayField: 'name' }),
        t.hotlineCard.unitInvalid,
      ),
    ],
  },
  {
    name: 'Download',
    id: 'download',
    label: t.download.label,
    hasBody: false,
    attributes: [
      prop(media('href', { label: t.download.href, kind: 'file' })),
      prop(text('label', { label: t.download.text, required: false, max: 80 })),
    ],
  },
  {
    name: 'KeyDate',
    id: 'key-date',
    label: t.keyDate.label,
    hasBody: false,
    attributes: [
      prop(date('date', { label: t.keyDate.date }), t.keyDate.dateInvalid),
      prop(text('label', { label: t.keyDate.text, max: 160 })),
    ],
  },
  {
    // The reporting steps of the site settings (mailbox, VNeID): one text for the article, the hotline pages and the boards.
    name: 'ReportSteps',
    id: 'report-steps',
    label: reportingText.componentLabel,
    hasBody: false,
    attributes: [],
  },
];
