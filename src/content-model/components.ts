/**
 * The MDX components editors may put in a body, described once: the site renders them
 * (src/components/content), the CMS offers them from its menu (cms/editor-components.ts),
 * and the build rejects any other tag.
 */
import { componentText } from '../i18n/vi';
import { reportingText } from '../i18n/reporting';
import { MEDIA_FILE_PATTERN } from '../safety/media-ref';

/** One string attribute of a component. */
export interface ComponentAttribute {
  name: string;
  label: string;
  /** Allowed values, when the attribute is a choice. */
  options?: readonly { value: string; label: string }[];
  /** A pattern the value must match, with the editor's message. */
  pattern?: [RegExp, string];
  /** How editors pick the value: typed, a unit from the list, an uploaded file, or a date. */
  input?: 'text' | 'unit' | 'file' | 'date';
  required: boolean;
}

export interface ContentComponent {
  /** Tag name in MDX. */
  name: 'Callout' | 'HotlineCard' | 'Download' | 'KeyDate' | 'ReportSteps';
  /** Id of the CMS editor component. */
  id: string;
  /** Menu label in the CMS. */
  label: string;
  attributes: ComponentAttribute[];
  /** Whether the component wraps Markdown text. */
  hasBody: boolean;
}

export const contentComponents: ContentComponent[] = [
  {
    name: 'Callout',
    id: 'callout',
    label: componentText.callout.label,
    hasBody: true,
    attributes: [
      { name: 'type', label: componentText.callout.type, options: componentText.callout.types, required: true },
      { name: 'title', label: componentText.callout.title, required: false },
    ],
  },
  {
    name: 'HotlineCard',
    id: 'hotline-card',
    label: componentText.hotlineCard.label,
    hasBody: false,
    attributes: [{ name: 'unit', label: componentText.hotlineCard.unit, input: 'unit', pattern: [/^[a-z0-9-]+$/, componentText.hotlineCard.unitHint], required: true }],
  },
  {
    name: 'Download',
    id: 'download',
    label: componentText.download.label,
    hasBody: false,
    attributes: [
      { name: 'href', label: componentText.download.href, input: 'file', pattern: [MEDIA_FILE_PATTERN, componentText.download.hrefHint], required: true },
      { name: 'label', label: componentText.download.text, required: false },
    ],
  },
  {
    name: 'KeyDate',
    id: 'key-date',
    label: componentText.keyDate.label,
    hasBody: false,
    attributes: [
      { name: 'date', label: componentText.keyDate.date, input: 'date', pattern: [/^\d{4}-\d{2}-\d{2}$/, componentText.keyDate.dateHint], required: true },
      { name: 'label', label: componentText.keyDate.text, required: true },
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
