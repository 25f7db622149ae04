/**
 * Serves the built SPA from dist/: hashed assets are cached for good, everything else is
 * revalidated, and any other GET outside /api gets index.html so client routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { sessionCookieName } from './auth/session';
import { cachedBody, sendCached, type CachedBody } from './http/cachedBody';
import type { PageRenderer } from './firstScreen';
import { keptAssets } from './http/keptAssets';
import { pagePolicy } from './http/securityHeaders';

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

export const notBuiltPage =
  '<!doctype html><meta charset="utf-8"><title>目标看板</title><p>The app is not built yet: run <code>npm run build</code>, then restart the server. (前端尚未构建:请先运行 npm run build,再重启服务。)</p>';

function isApiPath(requestPath: string): boolean {
  return requestPath === '/api' || requestPath.startsWith('/api/');
}

/** Vite puts content-hashed files under /assets/. */
function isHashedAsset(requestPath: string): boolean {
  return requestPath.startsWith('/assets/');
}

/** The bytes and ETag of the last few pages sent, found again by the page text (a rendered page is kept until the next change). */
function pageBodies(): (page: string) => CachedBody {
  const kept = new Map<string, CachedBody>();
  return (page) => {
    let body = kept.get(page);
    if (!body) {
      if (kept.size >= 16) kept.clear();
      body = cachedBody(page);
      kept.set(page, body);
    }
    return body;
  };
}

/**
 * `renderPage`, when given, server-renders what it can of the page (see firstScreen.ts). The page
 * carries an ETag, and a request that holds it already is answered 304.
 */
export function mountSpa(server: Hono, distDir: string, renderPage?: PageRenderer | null): void {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    server.get('*', (c) => (isApiPath(c.req.path) ? c.notFound() : c.html(notBuiltPage, 503)));
    return;
  }
  server.get('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.header('Cache-Control', isHashedAsset(c.req.path) ? immutable : revalidate);
    }
  });
  server.get('/assets/*', keptAssets(distDir, immutable));
  // The page itself goes out through the fallback below, where it may be server-rendered.
  const staticFiles = serveStatic({ root: distDir });
  server.get('*', (c, next) =>
    c.req.path === '/' || c.req.path === '/index.html' ? next() : staticFiles(c, next),
  );
  const bodyOf = pageBodies();
  // The built page changes only with a new build, which needs a restart.
  let builtPage: Promise<string> | undefined;
  const readBuiltPage = () =>
    (builtPage ??= readFile(indexFile, 'utf8').catch((error: unknown) => {
      builtPage = undefined;
      throw error;
    }));
  server.get('*', async (c) => {
    if (isApiPath(c.req.path) || isHashedAsset(c.req.path)) return c.notFound();
    c.header('Cache-Control', revalidate);
    const template = await readBuiltPage();
    if (!renderPage || c.req.method !== 'GET')
      return c.html(template, 200, { 'Content-Security-Policy': pagePolicy(template) });
    const page = await renderPage({ url: new URL(c.req.url), cookie: c.req.header('Cookie') }, template);
    if (typeof page !== 'string') {
      // Where `/` leads depends on the visitor's remembered plan: never kept by a shared cache.
      c.header('Cache-Control', 'private, no-store');
      return c.redirect(page.redirect, 302);
    }
    // Its own inline scripts (the loader, the embedded answers) are the only ones allowed to run.
    c.header('Content-Security-Policy', pagePolicy(page));
    if (page !== template) {
      // A rendered page holds what this visitor may read, in their language: no shared cache keeps
      // it, and a signed-in visitor's page is not kept at all, so it cannot outlive signing out.
      const signedIn = getCookie(c, sessionCookieName) !== undefined;
      return sendCached(
        c,
        bodyOf(page),
        'text/html; charset=UTF-8',
        signedIn ? 'private, no-store' : `private, ${revalidate}`,
      );
    }
    return c.html(page);
  });
}
