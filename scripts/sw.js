// stackguide's service worker: keeps a copy of the guide so that it opens with no network.
// scripts/offline.py writes it into the build with the build's files and a cache name made from
// their bytes; this is its source. Nothing here runs in the page.
//
// - Install: every file of the build goes into a cache of this version's own, fetched afresh. The
//   page must name this build's files: a cache or CDN that still serves the previous page would
//   otherwise leave a copy whose page asks for files it does not hold. If it does not, the install
//   fails, and the browser tries again on a later visit.
// - Activate: the caches of earlier versions are deleted, and the open pages are taken over.
// - The page itself (a navigation to the guide, with any query string): the network first (with
//   navigation preload, so the request does not wait for this worker to start), so a reader online
//   always gets the newest guide; the cached page when the network fails or answers with a server
//   error.
// - The build's other files: the cache first. Their names carry a hash of their bytes (Trunk's
//   filehash), so a cached file is never stale; the network for anything not cached, or when the
//   cache cannot be read.
// - Anything else (another origin, another path, a POST) is left to the browser.
'use strict';

const CACHE = '@CACHE@';
const FILES = '@FILES@';
const NAMED_BY_PAGE = '@NAMED_BY_PAGE@';
const PREFIX = 'stackguide-';

const scope = new URL(self.registration.scope);
const page = new URL('./', scope).href;
const index = new URL('index.html', scope).href;
const files = new Set(FILES.map((file) => new URL(file, scope).href));

self.addEventListener('install', (event) => {
  // Past the HTTP cache ('no-cache' revalidates): the page and public/ keep their names from one
  // build to the next, and an earlier build's page must not go into this build's cache.
  const afresh = (href) => new Request(href, { cache: 'no-cache' });
  event.waitUntil((async () => {
    const response = await fetch(afresh(page));
    const text = await response.clone().text();
    if (!response.ok || !NAMED_BY_PAGE.every((name) => text.includes(name))) {
      throw new Error('stackguide: the page served is not the one of this build; not kept');
    }
    const cache = await caches.open(CACHE);
    await cache.addAll([...files].map(afresh));
    await cache.put(page, response);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.mode === 'navigate') {
    if (url.href === page || url.href === index) event.respondWith(thePage(event));
  } else if (files.has(url.href)) {
    event.respondWith(fromCache(url.href).then((hit) => hit || fetch(request)));
  }
});

async function thePage(event) {
  let response;
  try {
    response = (await event.preloadResponse) || (await fetch(event.request));
  } catch {
    response = undefined;
  }
  if (response && response.status < 500) return response;
  return (await fromCache(page)) || response || Response.error();
}

function fromCache(href) {
  return caches.open(CACHE).then((cache) => cache.match(href)).catch(() => undefined);
}
