/**
 * The built scripts and stylesheets under /assets/, read from disk once and kept: their names
 * carry their content's hash, so a file never changes under its name, and each is compressed once
 * (by the compression middleware, through cachedBody) instead of at every visitor's first load.
 * Other files (images, fonts) and names that are not a plain file name go on to the static files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context, Next } from 'hono';
import { cachedBody, sendCached, type CachedBody } from './cachedBody';

const keptName = /^\/assets\/([\w.-]+\.(js|css))$/;
const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export function keptAssets(distDir: string, cacheControl: string) {
  const kept = new Map<string, Promise<CachedBody | null>>();
  const load = (name: string) =>
    readFile(path.join(distDir, 'assets', name), 'utf8').then(cachedBody, () => null);
  return async (c: Context, next: Next) => {
    const match = keptName.exec(c.req.path);
    if (!match || c.req.method !== 'GET') return next();
    const [, name = '', kind = ''] = match;
    let body = kept.get(name);
    if (!body) {
      body = load(name);
      kept.set(name, body);
    }
    const found = await body;
    if (!found) {
      // Not built (or removed): the static files answer 404; a later build may bring it.
      kept.delete(name);
      return next();
    }
    return sendCached(c, found, contentTypes[kind] ?? 'application/octet-stream', cacheControl);
  };
}
