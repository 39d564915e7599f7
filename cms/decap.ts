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
import { en, vi } from 'decap-cms-locales';

/** Backends the generated config can name (src/content-model/to-decap.ts); `proxy` is the local decap-server. */
CMS.registerBackend('proxy', ProxyBackend);
CMS.registerBackend('github', GitHubBackend);
CMS.registerBackend('gitlab', GitLabBackend);
CMS.registerBackend('gitea', GiteaBackend);
CMS.registerBackend('forgejo', ForgejoBackend);

const widgets = [StringWidget, TextWidget, NumberWidget, BooleanWidget, SelectWidget, DatetimeWidget, ListWidget,
  ObjectWidget, RelationWidget, MarkdownWidget, ImageWidget, FileWidget];
for (const widget of widgets) CMS.registerWidget(widget.Widget());
CMS.registerEditorComponent(imageComponent);

// English stays registered: Decap merges it under every locale for any phrase a locale lacks.
CMS.registerLocale('en', en);
CMS.registerLocale('vi', vi);

export default CMS;
