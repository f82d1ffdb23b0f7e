/**
 * Keeps site search working offline. Registered by the search dialog when a learner first opens
 * it (src/client/search-dialog.ts), never before: a page whose reader never searches downloads
 * no search bytes. It then stores every file search needs (pagefind/offline.json lists them)
 * when the build found them small enough to keep (`store`), and answers requests for them from the network, or from
 * that store when the network is gone. Nothing else on the site goes through it.
 */
const CACHE = 'course-search';
const PAGEFIND = new URL('pagefind/', self.registration.scope).pathname;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (event.data === 'keep-search-offline') event.waitUntil(keepSearch());
});

async function keepSearch() {
  const base = new URL(PAGEFIND, self.location.origin);
  const response = await fetch(new URL('offline.json', base), { cache: 'no-cache' });
  if (!response.ok) return;
  const manifest = await response.json();
  if (!manifest.store) return;
  const cache = await caches.open(CACHE);
  await cache.addAll(manifest.files.map((file) => new URL(file, base).href));
  await cache.put(new URL('offline.json', base).href, new Response(JSON.stringify(manifest)));
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith(PAGEFIND)) return;
  const stored = () => caches.match(event.request, { ignoreSearch: true });
  // Index and fragment files are named by their content: the stored copy is the right one and
  // comes without a round trip. Other files (pagefind.js, the entry file, the wasm) from the
  // network first, so a new deployment is used at once; the stored copy offline.
  if (/\/(index|fragment|filter)\/[^/]+$/.test(url.pathname)) {
    event.respondWith(stored().then((hit) => hit ?? fetch(event.request)));
    return;
  }
  event.respondWith(fetch(event.request).catch(async () => (await stored()) ?? Response.error()));
});
