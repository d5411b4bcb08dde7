// Service worker of the standalone app. The post-build step fills in the
// version (a hash of every asset) and the asset list. A new version installs
// beside the old one, takes over at once and deletes older caches, so the
// next visit runs the new version; offline, everything comes from the cache.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `kam-navigator-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kam-navigator-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Pages and the unhashed entry script: network first, so a new version
  // shows when online; hashed assets never change: cache first.
  const fresh = request.mode === 'navigate' || /\/(kam-navigator\.js|sw-register\.js|embed\.js)$/.test(new URL(request.url).pathname);
  event.respondWith(fresh ? networkFirst(request) : cacheFirst(request));
});

async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  return hit || fetch(request);
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
    return response;
  } catch (e) {
    const hit = await caches.match(request, { ignoreSearch: true });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const index = await caches.match(new URL('./', self.location).href) || await caches.match(new URL('./index.html', self.location).href);
      if (index) return index;
    }
    throw e;
  }
}
