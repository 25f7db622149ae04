/**
 * Offline copies for presenting. Registered by the presentation once per plan, with the scope of
 * that plan's presentation (/plans/:planId/present), so it sees only presentation pages and what
 * they load; every other screen always goes to the network.
 *
 * - Pages (/plans/:planId/present…): the network first; offline, the last copy of the app's page
 *   kept for that plan.
 * - Built files (/assets/…, content-hashed): the copy kept, else the network.
 * - API reads (GET /api/…, not the live-update stream): the network first, each answer kept.
 *   Offline, a page that was itself loaded from the kept copy gets the kept answers, marked with the
 *   header X-Offline-Copy (when it was kept, ms since 1970) so the slide can say it shows a copy.
 *   A page loaded from the network never gets them: its own query cache keeps what it showed, and
 *   its refresh fails visibly, so it catches up the moment the network returns.
 * - A page may ask to keep what it loaded before this worker took over: postMessage({ type:
 *   'keep', urls }).
 * Writes and other origins are never touched.
 */
const pagesCache = 'target-board-present-pages-v1';
const assetsCache = 'target-board-present-assets-v1';
const answersCache = 'target-board-present-answers-v1';
/** The kept page of this registration's plan: its scope's path, without the trailing slash. */
const pageKey = new URL(self.registration.scope).pathname.replace(/\/$/, '');
const keptAtHeader = 'X-Offline-Copy';
/** The pages (clients) this worker served from the kept copy, while it runs. */
const pagesLoadedOffline = new Set();

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

function isApiRead(url) {
  return url.pathname.startsWith('/api/') && url.pathname !== '/api/events';
}

async function keepAnswer(request, response) {
  const headers = new Headers(response.headers);
  headers.set(keptAtHeader, String(Date.now()));
  const copy = new Response(await response.clone().arrayBuffer(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
  const cache = await caches.open(answersCache);
  await cache.put(request, copy);
}

async function answer(request, clientId) {
  try {
    const response = await fetch(request);
    if (response.ok) await keepAnswer(request, response);
    return response;
  } catch (error) {
    if (!pagesLoadedOffline.has(clientId)) throw error;
    const kept = await caches.match(request, { cacheName: answersCache, ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

async function page(request, resultingClientId) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(pagesCache)).put(pageKey, response.clone());
    return response;
  } catch (error) {
    const kept = await caches.match(pageKey, { cacheName: pagesCache });
    if (kept && resultingClientId) pagesLoadedOffline.add(resultingClientId);
    if (kept) return kept;
    throw error;
  }
}

async function asset(request) {
  const kept = await caches.match(request, { cacheName: assetsCache });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(assetsCache)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, event.resultingClientId));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (isApiRead(url)) event.respondWith(answer(request, event.clientId));
});

async function keep(urls) {
  for (const href of urls) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    try {
      if (url.pathname.startsWith('/assets/')) await asset(new Request(url));
      else if (isApiRead(url)) await answer(new Request(url, { credentials: 'same-origin' }), null);
      else if (url.pathname === pageKey || url.pathname.startsWith(`${pageKey}/`))
        await page(new Request(url, { credentials: 'same-origin' }), null);
    } catch {
      // Offline already, or refused: what could not be kept is fetched again next time.
    }
  }
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'keep' && Array.isArray(data.urls)) event.waitUntil(keep(data.urls));
});
