/**
 * Decap CMS assembled from its parts: the core with only the backends, widgets and locales this site uses.
 * `decap-cms-app` registers every backend, widget and locale Decap has; this entry is about a third smaller,
 * which editors on slow connections feel. The parts' versions are pinned to those of the decap-cms-app release
 * in package.json (tests/unit/cms-bundle.test.ts keeps them in step).
 */
import { DecapCmsCore as CMS } from 'decap-cms-core';
import { ProxyBackend } from 'decap-cms-backend-proxy';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import { ForgejoBackend } from 'decap-cms-backend-forgejo';
import StringWidget from 'decap-cms-widget-string';
import TextWidget from 'decap-cms-widget-text';
import NumberWidget from 'decap-cms-widget-number';
import BooleanWidget from 'decap-cms-widget-boolean';
import SelectWidget from 'decap-cms-widget-select';
import DatetimeWidget from 'decap-cms-widget-datetime';
import ListWidget from 'decap-cms-widget-list';
import ObjectWidget from 'decap-cms-widget-object';
import RelationWidget from 'decap-cms-widget-relation';
import MarkdownWidget from 'decap-cms-widget-markdown';
import ImageWidget from 'decap-cms-widget-image';
import FileWidget from 'decap-cms-widget-file';
import imageComponent from 'decap-cms-editor-component-image';
import { en } from 'decap-cms-locales';
import { vietnamese } from './locale';
import { DateControl, DatePreview } from './date-widget';
import { vietnameseSelect } from './select-widgets';
import { brandedBackend } from './login-brand';
import { composeControl } from './widget-controls';
import { imageComponentText } from '../src/i18n/cms-widgets';

/**
 * Backends the generated config can name (src/content-model/to-decap.ts); `proxy` is the local decap-server. Each
 * login page shows the portal's name (cms/login-brand.ts), which the admin page gives.
 */
const siteName = () => document.body.dataset.siteName ?? '';
const backends = {
  proxy: ProxyBackend,
  github: GitHubBackend,
  gitlab: GitLabBackend,
  gitea: GiteaBackend,
  forgejo: ForgejoBackend,
};
for (const [name, Backend] of Object.entries(backends))
  CMS.registerBackend(name, brandedBackend(Backend as never, siteName));

const widgets = [
  StringWidget,
  TextWidget,
  NumberWidget,
  BooleanWidget,
  SelectWidget,
  DatetimeWidget,
  ListWidget,
  ObjectWidget,
  RelationWidget,
  MarkdownWidget,
  ImageWidget,
  FileWidget,
];
// Vietnamese in place of Decap's English: dates as 23/11/2026 in Vietnam's time, drop-downs' messages, units by kind.
const controls = new Map<unknown, object>([
  [DatetimeWidget, { controlComponent: DateControl, previewComponent: DatePreview }],
  [SelectWidget, { controlComponent: vietnameseSelect(SelectWidget.Widget().controlComponent as never) }],
  [RelationWidget, { controlComponent: vietnameseSelect(RelationWidget.Widget().controlComponent as never) }],
]);
// Each widget once, its control already wrapped (cms/widget-controls.ts).
for (const widget of widgets) {
  const { name, controlComponent, ...rest } = { ...widget.Widget(), ...controls.get(widget) } as {
    name: string;
    controlComponent: unknown;
  };
  CMS.registerWidget({ ...rest, name, controlComponent: composeControl(name, controlComponent) } as never);
}
const imageFieldLabels: Record<string, string> = {
  image: imageComponentText.image,
  alt: imageComponentText.alt,
  title: imageComponentText.title,
};
const image = imageComponent as typeof imageComponent & { fields: { name: string; label: string }[] };
CMS.registerEditorComponent({
  ...image,
  label: imageComponentText.label,
  fields: image.fields.map((f) => ({ ...f, label: imageFieldLabels[f.name] ?? f.label })),
} as never);

// English stays registered: Decap merges it under every locale for any phrase a locale lacks.
CMS.registerLocale('en', en);
CMS.registerLocale('vi', vietnamese);

export default CMS;
