// Registers the service worker that keeps the hotline pages, the home page and read articles for use without signal.
if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
