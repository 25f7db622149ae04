import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from './serverApp';
import { MemoryStore } from './store/memory';

let distDir: string;
const indexHtml = '<!doctype html><title>目标看板</title><div id="root"></div>';
const appScript = `console.log(${JSON.stringify('x'.repeat(4096))});`;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'target-board-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), indexHtml);
  await writeFile(path.join(distDir, 'assets', 'index-3f9a1c.js'), appScript);
  await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
});

function serverApp(dist = distDir) {
  return createServerApp({ store: new MemoryStore(), distDir: dist });
}

describe('the Node server around the API', () => {
  it('serves hashed assets as cacheable for good', async () => {
    const response = await serverApp().request('/assets/index-3f9a1c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/javascript/);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(appScript);
  });

  it('compresses what it serves when the browser accepts gzip', async () => {
    const response = await serverApp().request('/assets/index-3f9a1c.js', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
  });

  it('sends a built script compressed once, the same bytes to every visitor, and 304 to one that holds it', async () => {
    const app = serverApp();
    const first = await app.request('/assets/index-3f9a1c.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const second = await app.request('/assets/index-3f9a1c.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(gunzipSync(firstBytes).toString('utf8')).toBe(appScript);
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');
    const held = await app.request('/assets/index-3f9a1c.js', { headers: { 'If-None-Match': etag } });
    expect(held.status).toBe(304);
  });

  it('serves nothing outside the built files, however the address is written', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'target-board-outside-'));
    const dist = path.join(outside, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), indexHtml);
    await writeFile(path.join(outside, 'secret.js'), 'NOT-FOR-THE-WEB');
    const app = serverApp(dist);
    try {
      for (const address of [
        '/assets/..%2F..%2Fsecret.js',
        '/assets/%2e%2e/%2e%2e/secret.js',
        '/assets/..%5C..%5Csecret.js',
        '/%2e%2e/secret.js',
        '/assets/%252e%252e/%252e%252e/secret.js',
      ]) {
        const response = await app.request(address);
        expect(await response.text(), address).not.toContain('NOT-FOR-THE-WEB');
        expect(response.status, address).toBeLessThan(500);
      }
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('sends the plan tree gzipped once per change, the same bytes to every reader, and plain to a client that does not accept gzip', async () => {
    const app = serverApp();
    const { plans } = (await (await app.request('/api/plans')).json()) as { plans: { id: string }[] };
    const address = `/api/plans/${plans[0]?.id ?? ''}`;
    const plain = await app.request(address);
    const plainText = await plain.text();
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
    const first = await app.request(address, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    const second = await app.request(address, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    expect(first.headers.get('ETag')).toBe(plain.headers.get('ETag'));
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(gunzipSync(firstBytes).toString('utf8')).toBe(plainText);
    const refused = await app.request(address, { headers: { 'Accept-Encoding': 'gzip;q=0' } });
    expect(refused.headers.get('Content-Encoding')).toBeNull();
  });

  it('serves index.html and other unhashed files to be revalidated every time', async () => {
    for (const file of ['/', '/favicon.svg']) {
      const response = await serverApp().request(file);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('answers a client route such as /indicators/gdp-growth with the app page', async () => {
    const response = await serverApp().request('/indicators/gdp-growth?asOf=2024-03');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(await response.text()).toBe(indexHtml);
  });

  it('answers an unknown API route or a missing asset with a JSON 404, not the app page', async () => {
    for (const missing of ['/api/nothing-here', '/assets/gone-123.js']) {
      const response = await serverApp().request(missing);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'notFound' } });
    }
  });

  it('tells to run npm run build when there is no build', async () => {
    const app = serverApp(path.join(distDir, 'not-built'));
    const page = await app.request('/');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
    const api = await app.request('/api/nothing-here');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'notFound' } });
  });
});
