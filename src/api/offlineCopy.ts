/**
 * Whether the latest API answers were offline copies: the presentation's service worker
 * (public/present-sw.js) answers from what it kept when the network is gone, and marks such an
 * answer with the header X-Offline-Copy. The slide then says it shows a copy; the next answer
 * from the network clears it.
 */
export const offlineCopyHeader = 'X-Offline-Copy';

let servedSince: number | null = null;
const listeners = new Set<() => void>();

/** Called with every successful answer. */
export function noteAnswer(headers: Headers): void {
  const copy = headers.has(offlineCopyHeader);
  const next = copy ? (servedSince ?? Date.now()) : null;
  if (next === servedSince) return;
  servedSince = next;
  for (const listener of listeners) listener();
}

/** Since when answers have been offline copies (ms since 1970), or null while they come from the network. */
export function offlineCopiesSince(): number | null {
  return servedSince;
}

export function subscribeToOfflineCopies(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The worker keeps API answers in caches named so (public/present-sw.js). */
const answersCachePrefix = 'target-board-present-answers';

/** Drops the API answers kept for presenting, so they never outlive the session that read them. */
export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name.startsWith(answersCachePrefix)).map((name) => caches.delete(name)),
  );
}
