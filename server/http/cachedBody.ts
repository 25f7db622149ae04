/**
 * A response body computed once and sent many times, with a validator: a weak ETag from a 64-bit
 * FNV-1a hash of the text (the same bytes give the same tag on every server), and 304 Not
 * Modified to a request whose If-None-Match names it. Browser-safe.
 */
import type { Context } from 'hono';

export interface CachedBody {
  /** The UTF-8 bytes, encoded once: sending a string would encode it again for every request. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  /** The gzip of `bytes`, made by the first request that accepts it (server/http/compression.ts). */
  gzip?: Promise<Uint8Array<ArrayBuffer>>;
}

/** The context variable under which a kept body is named, so the answer can be compressed once. */
export const cachedBodyKey = 'cachedBody';

/** FNV-1a over the UTF-16 code units, in two 32-bit lanes with different offsets. */
export function contentTag(text: string): string {
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    low = Math.imul(low ^ unit, 0x01000193);
    high = Math.imul(high ^ unit, 0x01000193) ^ (low >>> 15);
  }
  return `W/"${(high >>> 0).toString(16).padStart(8, '0')}${(low >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}"`;
}

export function cachedBody(text: string): CachedBody {
  return { bytes: new TextEncoder().encode(text), etag: contentTag(text) };
}

/** Whether If-None-Match names this tag (weak comparison, as for GET). */
export function isNotModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === bare);
}

/**
 * Sends a cached body with its ETag, or 304 when the client holds it already. `no-cache` makes
 * browsers ask again each time, which costs a 304 when nothing changed.
 */
export function sendCached(
  c: Context,
  body: CachedBody,
  contentType: string,
  cacheControl = 'no-cache',
): Response {
  // Vary is named here, so the compression middleware need not add it to a finished answer (which
  // would copy the whole answer once more).
  const headers = { ETag: body.etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
  if (isNotModified(c.req.header('If-None-Match'), body.etag)) return c.body(null, 304, headers);
  c.set(cachedBodyKey as never, body as never);
  return c.body(body.bytes, 200, { ...headers, 'Content-Type': contentType });
}

export function sendCachedJson(c: Context, body: CachedBody): Response {
  return sendCached(c, body, 'application/json');
}
