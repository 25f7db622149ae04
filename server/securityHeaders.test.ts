/**
 * Hole 8 of a probe as an attacker: no CSP, X-Frame-Options, nosniff or Referrer-Policy. Every
 * answer now carries them, and the server-rendered overview passes its own CSP: the policy names
 * the SHA-256 of each inline script (the loader of scriptsAfterPaint.ts), and no other may run.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeed } from './seed';
import { createServerApp } from './serverApp';
import { MemoryStore } from './store/memory';

const builtPage = `<!doctype html>
<html lang="zh-CN">
  <head>
    <title>目标看板</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def456.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const rendererSource = `
export async function firstScreenQueries(url, read) {
  const plans = await read('/plans');
  return plans ? [{ queryKey: ['plans'], data: plans }] : null;
}
export function isFirstScreen(url) { return url.pathname.startsWith('/plans/'); }
export function renderFirstScreen() { return '<h1>总览</h1>'; }`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'target-board-headers-'));
  await mkdir(path.join(dir, 'dist'));
  await writeFile(path.join(dir, 'dist', 'index.html'), builtPage);
  await writeFile(path.join(dir, 'renderer.mjs'), rendererSource);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function server() {
  const store = new MemoryStore();
  await store.seed(buildSeed({ demo: false }));
  return createServerApp({
    store,
    distDir: path.join(dir, 'dist'),
    serverEntry: path.join(dir, 'renderer.mjs'),
  });
}

function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it('sends the server-rendered overview with a CSP that names each of its inline scripts, and no other', async () => {
    const response = await (await server()).request('/plans/weihai-hitech-2024/');
    const page = await response.text();
    expect(page).toContain('<h1>总览</h1>');
    const policy = directives(response.headers.get('Content-Security-Policy'));
    const scriptSources = policy.get('script-src') ?? [];
    expect(scriptSources).toContain("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    const executable = [...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes = '']) => !attributes.includes('application/json'),
    );
    expect(executable.length).toBe(1); // the loader of the scripts, after the first paint
    const digests = executable.map(
      ([, , body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
    );
    expect(scriptSources).toEqual(["'self'", ...digests]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('lets no inline script run from an API answer', async () => {
    const response = await (await server()).request('/api/plans');
    expect(directives(response.headers.get('Content-Security-Policy')).get('script-src')).toEqual(["'self'"]);
  });

  it('refuses framing, sniffing and leaking the address to other sites, on pages and API answers alike', async () => {
    const app = await server();
    for (const address of ['/', '/api/health', '/api/nothing-here']) {
      const response = await app.request(address);
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      // same-origin keeps the Origin header of the app's own writes, which the CSRF check needs.
      expect(response.headers.get('Referrer-Policy')).toBe('same-origin');
      expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    }
  });
});
