/**
 * Dev server only (npm start): the admin is never reloaded by a content change. Saving in the CMS writes the content
 * folder; Astro's dev server then tells every open page to reload (a Vite "full-reload" for every path), and the
 * admin, reloaded, was a blank "Đang tải…" screen for seconds while its bundle loaded again. The admin reads content
 * through its backend, not from the page, so it never needs that reload; reader pages still get it.
 * Vite hands this listener the message before acting on it: naming a page that is not this one keeps the reload away.
 * A reload caused by editing the admin's own code (Vite names the file in `triggeredBy`) still happens. The listener
 * exists only once every module of the admin has loaded, so reloads Vite needs while loading them are untouched.
 * In a build `import.meta.hot` is undefined and this file does nothing.
 */

/** A page path no browser shows: the reload it is given reaches nobody. */
const NOBODY = '/admin/.keep-open.html';

if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string; triggeredBy?: string }) => {
    if (!payload.triggeredBy) payload.path = NOBODY;
  });
}
