/**
 * `npm run preview`: serves the built site (OUT_DIR, default dist) on 127.0.0.1 the way production does: index.html
 * per folder, 404.html, and exactly the headers of src/safety/header-table.ts (the built `_headers` file's source),
 * so uploads are sandboxed here too. PORT sets the port (default 4321). A build whose admin uses the local CMS backend
 * gets it here too, as with npm start.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { previewText } from '../../src/i18n/safety';
import { responseHeaders } from '../../src/safety/header-table';
import { serveDir } from '../static-server';
import { contentDir } from '../../src/utils/content-dir';
import { startPreviewCms } from './preview-cms';

const outDir = resolve(process.env.OUT_DIR || 'dist');
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(previewText.noBuild(outDir));
  process.exit(1);
}
const served = await serveDir(outDir, { headers: responseHeaders, port: Number(process.env.PORT) || 4321 });
console.log(previewText.serving(outDir, `${served.url}/`));
// The admin of a build without CMS_BACKEND talks to the local backend: run it here too (tools/cli/preview-cms.ts).
const admin = `${served.url}/admin/`;
const cms = await startPreviewCms(outDir, contentDir(), Number(new URL(served.url).port)).then(
  (started) => {
    if (started) console.log(previewText.cmsLocal(admin, started.root));
    return started;
  },
  (error: Error) => void console.error(previewText.cmsUnavailable(admin, error.message)),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void Promise.all([served.close(), cms?.close()]).then(() => process.exit(0)));
