/**
 * gzip for every compressible answer the browser accepts it for. An answer sent from a kept body
 * (cachedBody.ts: the plan tree, the projects list, a rendered page) is compressed once and the
 * gzip kept beside it, so a morning's thousand readers cost one compression, not a thousand;
 * anything else goes through Hono's streaming compression as before. Node only.
 */
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { cachedBodyKey, type CachedBody } from './cachedBody';

const gzipBytes = promisify(gzip);

/** Whether Accept-Encoding allows gzip (a q of 0 refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (name.trim() !== 'gzip' && name.trim() !== '*') return false;
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

function gzipOf(body: CachedBody): Promise<Uint8Array<ArrayBuffer>> {
  body.gzip ??= gzipBytes(body.bytes).then(
    (buffer) => new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)),
  );
  // A failed compression is not kept: the next reader tries again.
  body.gzip.catch(() => {
    body.gzip = undefined;
  });
  return body.gzip;
}

export function compression(): MiddlewareHandler {
  const streaming = compress();
  return async (c, next) => {
    const accepted = acceptsGzip(c.req.header('Accept-Encoding'));
    if (!accepted) return streaming(c, next);
    await next();
    const kept = c.get(cachedBodyKey as never) as CachedBody | undefined;
    if (kept && c.res.status === 200 && c.req.method !== 'HEAD' && !c.res.headers.has('Content-Encoding')) {
      const headers = new Headers(c.res.headers);
      headers.set('Content-Encoding', 'gzip');
      headers.delete('Content-Length');
      const compressed = new Response(await gzipOf(kept), { status: 200, headers });
      // Assigning over an answer makes Hono rebuild the new one around the old one's body stream,
      // which would send the kept bytes through a stream on every request; the headers are
      // carried over above, so the old answer is let go first and the bytes are sent as they are.
      c.res = undefined;
      c.res = compressed;
      return;
    }
    // Not kept: compress it as it streams (Hono's middleware, after the fact).
    await streaming(c, async () => {});
  };
}
