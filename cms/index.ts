/** The CMS entry: Decap from npm, configured from the content model, with the site's components and previews. */
import CMS from './decap';
import { registerEditorComponents } from './editor-components';
import { registerPreviews } from './previews';
import { registerNormalization } from './normalize';
import { guardUploads } from './upload-guard';
import { adminText } from '../src/i18n/vi';

async function start() {
  const response = await fetch('/admin/config.json');
  if (!response.ok) throw new Error(adminText.configFailed);
  const config = await response.json();
  guardUploads(window);
  registerNormalization(CMS);
  registerEditorComponents(CMS);
  registerPreviews(CMS, document.body.dataset.previewCss ?? '');
  CMS.init({ config });
}

start().catch((error: Error) => {
  document.body.textContent = error.message;
});
