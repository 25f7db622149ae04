/**
 * Security headers on every answer of the Node server: a Content-Security-Policy that lets only
 * this origin's scripts run, and on a page also its own inline scripts, named by their SHA-256
 * (the loader of scriptsAfterPaint.ts: the same bytes for every visitor, so the page needs no
 * per-request nonce); no framing by any site (frame-ancestors and X-Frame-Options); no MIME
 * sniffing; and a referrer kept within the site. `same-origin` rather than `no-referrer`, since
 * with no-referrer a browser sends `Origin: null` on the app's own writes, which the CSRF check
 * would refuse. Styles may be inline: the server-rendered charts carry style attributes.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const policyHeader = 'Content-Security-Policy';

/** The policy, allowing the inline scripts whose SHA-256 digests (base64) are given. */
export function contentSecurityPolicy(inlineScriptDigests: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptDigests.map((digest) => `'sha256-${digest}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The SHA-256 (base64) of each script a browser would run inline in `html`: no src, not a data block. */
export function inlineScriptDigests(html: string): string[] {
  const scripts = html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g);
  return [...scripts]
    .filter(([, attributes = '']) => !/\btype="application\/json"/.test(attributes))
    .map(([, , body = '']) => createHash('sha256').update(body, 'utf8').digest('base64'));
}

/** The policy for a page: its own inline scripts may run. */
export function pagePolicy(html: string): string {
  return contentSecurityPolicy(inlineScriptDigests(html));
}

export function securityHeaders(): MiddlewareHandler {
  const otherHeaders = secureHeaders({
    contentSecurityPolicy: undefined,
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    referrerPolicy: 'same-origin',
    // An intranet server may be reached over plain HTTP; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
  const apiPolicy = contentSecurityPolicy();
  return async (c, next) => {
    await otherHeaders(c, next);
    // A page sets its own policy (spa.ts); anything else may run no inline script at all.
    if (!c.res.headers.has(policyHeader)) c.res.headers.set(policyHeader, apiPolicy);
  };
}
