// @ts-nocheck: a worker script whose `C` the build defines; not a module of the site.
// The portal's service worker. The build (src/offline/service-worker.ts) puts `const C = {…}` before this text:
// C.id (new every build), C.pages (saved at install), C.assets (their stylesheets), C.article (pattern of article
// pages, saved when read), C.offline (the offline page). Comment lines are dropped from the published file.
const N = 'portal-' + C.id;
const P = new Set(C.pages);
const A = new RegExp(C.article);
// A page worth keeping: a plain, complete answer of this site (never a redirect, an error or another origin).
const keep = (s) => s && s.ok && !s.redirected && s.type === 'basic';
addEventListener('install', (e) => {
  skipWaiting();
  // 'no-cache': revalidated with the server, never a copy the browser held from before this build.
  e.waitUntil(
    caches.open(N).then((c) => c.addAll([...C.pages, ...C.assets].map((u) => new Request(u, { cache: 'no-cache' })))),
  );
});
addEventListener('activate', (e) =>
  e.waitUntil(
    (async () => {
      for (const k of await caches.keys()) if (k !== N) await caches.delete(k);
      await clients.claim();
      // An article the reader opened before this worker ran (the first page of the visit): keep it as well.
      const c = await caches.open(N);
      for (const w of await clients.matchAll({ type: 'window' })) {
        const p = new URL(w.url).pathname;
        if (A.test(p) && !(await c.match(p))) {
          const s = await fetch(p, { cache: 'force-cache' }).catch(() => null);
          if (keep(s)) await c.put(p, s);
        }
      }
    })(),
  ),
);
addEventListener('fetch', (e) => {
  const r = e.request;
  const u = new URL(r.url);
  const p = u.pathname;
  // Only this site's reads; never the CMS or the search index.
  if (r.method !== 'GET' || u.origin !== location.origin || /^\/(admin|pagefind)(\/|$)/.test(p)) return;
  if (r.mode === 'navigate') e.respondWith(page(e, r, p));
  else if (C.assets.includes(p)) e.respondWith(caches.match(p).then((h) => h || fetch(r)));
});
// Network first: online, every page is this build's; offline, the saved copy or the offline page.
async function page(e, r, p) {
  try {
    const s = await fetch(r);
    if ((P.has(p) || A.test(p)) && keep(s)) {
      const copy = s.clone();
      e.waitUntil(caches.open(N).then((c) => c.put(p, copy)));
    }
    return s;
  } catch {
    const c = await caches.open(N);
    return (await c.match(p)) || (await c.match(C.offline)) || Response.error();
  }
}
