// stackguide's service worker: keeps a copy of the guide so that it opens with no network.
// scripts/offline.py writes it into the build with the build's files and a cache name made from
// their bytes; this is its source. Nothing here runs in the page.
//
// - Install: every file of the build goes into a cache of this version's own, fetched afresh.
// - Activate: the caches of earlier versions are deleted, and the open pages are taken over.
// - The page itself (a navigation to the guide, with any query string): the network first, so a
//   reader online always gets the newest guide; the cached page when the network fails.
// - The build's other files: the cache first. Their names carry a hash of their bytes (Trunk's
//   filehash), so a cached file is never stale; the network for anything not cached.
// - Anything else (another origin, another path, a POST) is left to the browser.
'use strict';

const CACHE = '@CACHE@';
const FILES = '@FILES@';
const PREFIX = 'stackguide-';

const scope = new URL(self.registration.scope);
const page = new URL('./', scope).href;
const cached = new Set(FILES.map((file) => new URL(file, scope).href));

self.addEventListener('install', (event) => {
  // Past the HTTP cache ('no-cache' revalidates): the page and static/ keep their names from one
  // build to the next, and an earlier build's page must not go into this build's cache.
  const requests = [...cached].map((href) => new Request(href, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate') {
    if (url.href !== page && url.href !== new URL('index.html', scope).href) return;
    event.respondWith(fetch(request).catch(() => fromCache(page).then((hit) => hit || Response.error())));
  } else if (cached.has(url.href)) {
    event.respondWith(fromCache(url.href).then((hit) => hit || fetch(request)));
  }
});

function fromCache(href) {
  return caches.open(CACHE).then((cache) => cache.match(href));
}
