// Service worker: the app opens with no network after one visit.
// The build (scripts/package_web.py) fills in BUILD_ID and PRECACHE: every file the app needs, with
// content-hashed names, so one cache holds one consistent build and a new .js never meets an old .wasm.
const BUILD_ID = '__BUILD_ID__';
const PRECACHE = __PRECACHE__;
const CACHE = 'stride-back-' + BUILD_ID;

self.addEventListener('install', (event) => {
  // Not skipWaiting(): the running page decides when to switch, after flushing its storage.
  // The page itself ('./') is always checked with the server ('no-cache'), so a host's caching of index.html
  // cannot mix an old page into the new build's cache. Every other name carries its content's hash, so any
  // cached copy is the right one ('force-cache'): on the first visit the files the page has just downloaded
  // are not sent a second time.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) =>
    new Request(url, { cache: url === './' ? 'no-cache' : 'force-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('stride-back-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// Opened once per worker start, not once per request: a warm start asks for several files at once.
let openCache = null;
function opened() {
  if (!openCache) openCache = caches.open(CACHE);
  return openCache;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await opened();
    // Navigations (any URL under our scope, with or without a query) get this build's page.
    const key = request.mode === 'navigate' ? './' : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  })());
});
