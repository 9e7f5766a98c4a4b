// B2C Kompas service worker: keeps the app's own files so it starts and runs offline once it
// has been loaded (a kiosk in a community house often has no network). Generated into dist/ by
// tools/postbuild.mjs, which fills in the file list and a version from the files' contents.
// Cache first: the files are immutable for one version (Trunk hashes their names); a new build
// is a new version, installed in the background and used from the next load.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `b2c-kompas-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      // Keep the newest previous version as well: a tab still running it fetches its page
      // modules (tools/split.mjs) from there until it is reloaded. Keys come in creation order.
      .then((keys) => keys.filter((k) => k.startsWith('b2c-kompas-') && k !== CACHE).slice(0, -1))
      .then((old) => Promise.all(old.map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Every page of the app is index.html (routes live in the #hash).
      const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
      const hit = (await cache.match(key, { ignoreSearch: true })) ?? (await caches.match(key, { ignoreSearch: true }));
      return hit ?? fetch(request);
    }),
  );
});
