/** The CMS entry: Decap from npm, configured from the content model, with the site's components and previews. */
import './dev-keep-open';
import CMS from './decap';
import { registerEditorComponents } from './editor-components';
import { registerPreviews } from './previews';
import { registerNormalization } from './normalize';
import { guardUploads } from './upload-guard';
import { keepUntouchedDrafts } from './untouched-draft';
import { foldSearch } from './folded-search';
import { completeListViews, registerListViews } from './list-view';
import { mdxSafeText } from './mdx-text';
import { adminText } from '../src/i18n/vi';

async function start() {
  const response = await fetch('/admin/config.json');
  if (!response.ok) throw new Error(adminText.configFailed);
  const config = completeListViews(await response.json());
  guardUploads(window);
  keepUntouchedDrafts(window);
  foldSearch();
  registerNormalization(CMS);
  registerEditorComponents(CMS);
  CMS.registerRemarkPlugin(mdxSafeText);
  registerListViews(CMS);
  registerPreviews(CMS, document.body.dataset.previewCss ?? '');
  CMS.init({ config });
}

start().catch((error: Error) => {
  document.body.textContent = error.message;
});
