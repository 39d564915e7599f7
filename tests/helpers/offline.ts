/** The one script every reader page loads (the offline worker's registration, src/layouts/Base.astro), for tests that check pages carry no other. */
import { offlinePaths } from '../../src/offline/paths';

/** The tag as the build writes it. */
export const REGISTRATION_TAG = `<script src="${offlinePaths.register}" defer></script>`;

/** A page's HTML without the registration tag. */
export function withoutRegistration(html: string): string {
  return html.replace(REGISTRATION_TAG, '');
}

/** Whether a requested URL is the registration script or the worker it registers. */
export function isOfflineScript(url: string): boolean {
  const path = new URL(url).pathname;
  return path === offlinePaths.register || path === offlinePaths.worker;
}
