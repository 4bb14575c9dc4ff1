// The site's service worker, written to /sw.js by the build (prerender::offline), which
// puts the configuration on the first line. After one visit the site works offline:
// installing caches the shell, both home pages, the search and the data files; every page
// and file read later is kept too. Pages come from the network while there is one (so a
// new release shows at once) and from the cache when there is none; a page never visited
// answers with the offline page of its language. A new build has a new `version`, so its
// worker installs a fresh cache and deletes the old one.
const CONFIG = /*GW_CONFIG*/ {};
const CACHE = `gw-${CONFIG.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(CONFIG.precache))
      .then(() => self.skipWaiting()),
  );
});

// The pages open while the worker arrived were read before it could keep them: save them too.
async function saveOpenPages() {
  const cache = await caches.open(CACHE);
  const windows = await self.clients.matchAll({ type: 'window' });
  await Promise.all(windows.map((w) => cache.add(pageKey(w.url)).catch(() => {})));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gw-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(saveOpenPages),
  );
});

// The same URL without its query: `/ko/search/?q=혁신` is the search page.
const pageKey = (url) => {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
};

const offlinePage = (url) => {
  const path = new URL(url).pathname.slice(CONFIG.base.length);
  const lang = Object.keys(CONFIG.offline).find((l) => path.startsWith(`/${l}/`)) ?? CONFIG.default_lang;
  return CONFIG.base + CONFIG.offline[lang];
};

async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(pageKey(request.url), response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(pageKey(request.url));
    if (saved) return saved;
    const offline = await cache.match(new URL(offlinePage(request.url), self.location.origin).href);
    if (offline) return offline;
    throw error;
  }
}

async function file(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(`${CONFIG.base}/`)) return;
  if (request.headers.has('range')) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
