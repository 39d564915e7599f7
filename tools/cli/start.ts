/**
 * `npm start`: checks and builds the site, then serves it for local editing: the site (live, so a saved post
 * shows on reload) at http://127.0.0.1:4321 and Decap's local backend (it has no login): bound to 127.0.0.1 only,
 * rooted at the content folder, answering only its own loopback name and the local site (src/cms-local).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { adminText } from '../../src/i18n/vi.ts';
import { startLocalCms } from '../cms-local/server.ts';
import { contentDir } from '../../src/utils/content-dir.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string, path: string) => resolve(root, 'node_modules', name, path);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const sitePort = process.env.PORT || '4321';
const cmsPort = process.env.CMS_LOCAL_PORT || '8081';

const build = spawnSync(process.execPath, [resolve(root, 'tools/cli/build.ts')], { stdio: 'inherit', env, cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const cms = await startLocalCms({ contentDir: contentDir(), port: Number(cmsPort), sitePort: Number(sitePort) }).catch(
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);

const children: ChildProcess[] = [
  spawn(process.execPath, [bin('astro', 'bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort], {
    stdio: 'inherit',
    cwd: root,
    env,
  }),
];

console.log(adminText.startBanner(`http://127.0.0.1:${sitePort}`));

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  void cms.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 0 && stop());
