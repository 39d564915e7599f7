/**
 * What every CMS browser test starts from: a content folder built into a site whose admin talks to Decap's real local
 * backend on `cmsPort` (rooted at that folder, as `npm start` runs it), and a Chromium page, not yet logged in.
 */
import type { Browser, Page } from 'playwright-core';
import { buildSite, type BuildResult } from './build';
import { launchBrowser } from './browser';
import { startDecapServer, type DecapServer } from './decap';
import { serveDir, type Served } from '../../tools/static-server';
import { decapVi } from '../../src/i18n/decap-vi';

export interface CmsSession {
  site: BuildResult;
  served: Served;
  decap: DecapServer;
  browser: Browser;
  page: Page;
  /** Opens /admin/ and logs in (the local backend has no password), waiting for the collection list. */
  logIn: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openCms(
  contentDir: string,
  cmsPort: number,
  viewport = { width: 1280, height: 1000 },
): Promise<CmsSession> {
  const site = buildSite(contentDir, { CMS_LOCAL_PORT: String(cmsPort) });
  if (!site.ok) throw new Error(site.output);
  const served = await serveDir(site.outDir);
  const decap = await startDecapServer(contentDir, cmsPort, { sitePort: Number(new URL(served.url).port) });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  return {
    site,
    served,
    decap,
    browser,
    page,
    logIn: async () => {
      await page.goto(`${served.url}/admin/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Bộ sưu tập').waitFor();
    },
    close: async () => {
      await browser.close();
      await served.close();
      await decap.stop();
    },
  };
}

/**
 * Answers Decap's questions the way a test that opens one screen after another means them: leaving an editor that
 * still has changes (or whose save is still being answered) goes ahead, and reopening an entry that has an unsaved
 * copy starts from the saved file. Left to Playwright, every question is dismissed, and the next screen silently
 * does not open.
 */
export function answerEditorDialogs(page: Page): void {
  page.on(
    'dialog',
    (dialog) =>
      void (dialog.message() === decapVi.editor.editor.confirmLoadBackup ? dialog.dismiss() : dialog.accept()).catch(
        () => undefined,
      ),
  );
}
