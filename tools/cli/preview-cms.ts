/**
 * The CMS of `npm run preview`: when the build's admin uses the local backend (built without CMS_BACKEND), preview runs
 * that backend the way `npm start` does (src/cms-local: 127.0.0.1 only, rooted at the content folder, answering only the
 * preview's own pages), so /admin/ lists and saves entries instead of failing with "Failed to fetch".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCms, type LocalCms } from '../cms-local/server.ts';

/** The local backend's port the built admin calls, or undefined when it uses a git backend (or has no admin). */
export function builtLocalCmsPort(outDir: string): number | undefined {
  const file = join(outDir, 'admin', 'config.json');
  if (!existsSync(file)) return undefined;
  const config = JSON.parse(readFileSync(file, 'utf8')) as { backend?: { name?: string; proxy_url?: string } };
  if (config.backend?.name !== 'proxy' || !config.backend.proxy_url) return undefined;
  return Number(new URL(config.backend.proxy_url).port);
}

/** Starts the local backend for the preview on `sitePort`, when the built admin needs it; undefined otherwise. */
export async function startPreviewCms(
  outDir: string,
  contentDir: string,
  sitePort: number,
): Promise<LocalCms | undefined> {
  const port = builtLocalCmsPort(outDir);
  if (port === undefined) return undefined;
  return startLocalCms({ contentDir, port, sitePort });
}
