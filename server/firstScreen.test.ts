import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstScreenState } from '../src/app/firstScreenState';
import { bootstrapAdmin } from './auth/bootstrapAdmin';
import { scryptHasher } from './auth/password';
import { createApp } from './app';
import { createPageRenderer } from './firstScreen';
import { scriptFailureText } from './scriptsAfterPaint';
import { buildSeed } from './seed';
import { createServerApp } from './serverApp';
import { MemoryStore } from './store/memory';

// The page as `vite build` writes it: the app's script and its preloads in the head.
const builtPage = `<!doctype html>
<html lang="zh-CN">
  <head>
    <title>目标看板</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def456.js">
    <link rel="stylesheet" crossorigin href="/assets/index-0a1b2c.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

// Stands in for the app's server build (dist-server/entry-server.js): reads the plans and names
// what it was given, so the tests see what reached the renderer.
const rendererSource = `
export function isFirstScreen(url) { return url.pathname.startsWith('/plans/'); }
export async function firstScreenQueries(url, read) {
  if (url.pathname !== '/') return null;
  const plans = await read('/plans');
  return plans ? [{ queryKey: ['plans'], data: plans }] : null;
}
export function renderFirstScreen(address, state) {
  return '<title>目标看板 · ' + state.locale + '</title><h1>' + address + ' · ' + state.queries[0].data.plans[0].title.zh + '</h1>';
}`;
// Numbers its renders, so the tests see which pages were rendered again and which were kept.
const countingRendererSource = `
let renders = 0;
export function isFirstScreen(url) { return url.pathname.startsWith('/plans/'); }
export async function firstScreenQueries(url, read) {
  const plans = await read('/plans');
  return plans ? [{ queryKey: ['plans'], data: plans }] : null;
}
export function renderFirstScreen(address) {
  renders += 1;
  return '<h1>' + address + ' render ' + renders + '</h1>';
}`;
// Sends / to the plan it is told the visitor remembers, else to the first plan it reads.
const redirectingRendererSource = `${rendererSource}
export async function firstScreenRedirect(url, read, rememberedPlanId) {
  if (url.pathname !== '/') return null;
  const plans = await read('/plans');
  return '/plans/' + (rememberedPlanId ?? plans.plans[0].id) + '/' + url.search;
}`;
const failingRendererSource = `
export function isFirstScreen() { return true; }
export async function firstScreenQueries() { return [{ queryKey: ['plans'], data: {} }]; }
export function renderFirstScreen() { throw new Error('cannot render'); }`;

let dir: string;
let distDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'target-board-ssr-'));
  distDir = path.join(dir, 'dist');
  await mkdir(distDir);
  await writeFile(path.join(distDir, 'index.html'), builtPage);
  await writeFile(path.join(dir, 'renderer.mjs'), rendererSource);
  await writeFile(path.join(dir, 'failing.mjs'), failingRendererSource);
  await writeFile(path.join(dir, 'counting.mjs'), countingRendererSource);
  await writeFile(path.join(dir, 'redirecting.mjs'), redirectingRendererSource);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seededStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.seed(buildSeed({ demo: true }));
  return store;
}

async function server(options: { anonymousMayView?: boolean; entry?: string } = {}) {
  return createServerApp({
    store: await seededStore(),
    distDir,
    serverEntry: path.join(dir, options.entry ?? 'renderer.mjs'),
    anonymousMayView: options.anonymousMayView ?? true,
  });
}

describe('the overview page rendered on the server', () => {
  it('arrives with its content, the data it was rendered from and its title in the head', async () => {
    const response = await (await server()).request('/?asOf=2024-03');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
    const page = await response.text();
    expect(page).toContain('<div id="root"><h1>/?asOf=2024-03 · 威海高区2024年经济社会发展目标</h1></div>');
    expect(page).toMatch(/<head>\s*<title>目标看板 · zh-CN<\/title>/);
    expect(page.match(/<title>/g)).toHaveLength(1);
    const stateText = /<script type="application\/json" id="first-screen-state">(.*?)<\/script>/.exec(
      page,
    )?.[1];
    const state = readFirstScreenState(stateText);
    expect(state?.locale).toBe('zh-CN');
    expect(state?.queries[0]?.queryKey).toEqual(['plans']);
  });

  it('asks for its scripts only after the first paint, keeping the styles in the head', async () => {
    const page = await (await (await server()).request('/')).text();
    expect(page).not.toContain('<script type="module"');
    expect(page).not.toContain('rel="modulepreload"');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-0a1b2c.css">');
    const loader =
      /<script>(\(function \(preloads, scripts, failureText\)[\s\S]*?)<\/script>\s*<\/body>/.exec(page)?.[1];
    expect(loader).toContain('requestAnimationFrame');
    expect(loader).toContain('"/assets/index-abc123.js"');
    expect(loader).toContain('"/assets/vendor-def456.js"');
    expect(loader).toContain(JSON.stringify(scriptFailureText));
  });

  it('is rendered in the language the locale cookie names', async () => {
    const response = await (
      await server()
    ).request('/', {
      headers: { Cookie: 'other=1; target-board.locale=en-US' },
    });
    const page = await response.text();
    expect(page).toContain('<html lang="en-US">');
    expect(page).toContain('<title>目标看板 · en-US</title>');
    const unknown = await (await server()).request('/', { headers: { Cookie: 'target-board.locale=fr-FR' } });
    expect(await unknown.text()).toContain('<title>目标看板 · zh-CN</title>');
  });

  it('sends / to the plan the visitor chose last, keeping the query string, and never lets a cache keep that', async () => {
    const app = await server({ entry: 'redirecting.mjs' });
    const plain = await app.request('/?asOf=2024-03');
    expect(plain.status).toBe(302);
    const seedPlanId = buildSeed({ demo: false }).plan.id;
    expect(plain.headers.get('Location')).toBe(`/plans/${seedPlanId}/?asOf=2024-03`);
    expect(plain.headers.get('Cache-Control')).toBe('private, no-store');
    const remembered = await app.request('/', { headers: { Cookie: 'target-board.locale=en-US; plan=city-2025' } });
    expect(remembered.headers.get('Location')).toBe('/plans/city-2025/');
    const rendered = await app.request(`/plans/${seedPlanId}/`);
    expect(rendered.status).toBe(200);
  });

  it('goes out as built for other addresses, and for visitors who may not read the plan', async () => {
    const other = await (await server()).request('/projects');
    expect(await other.text()).toBe(builtPage);
    expect(other.headers.get('Cache-Control')).toBe('no-cache');
    const signInRequired = await (await server({ anonymousMayView: false })).request('/');
    expect(await signInRequired.text()).toBe(builtPage);
  });

  it('is rendered for a signed-in visitor where sign-in is required, and not kept once sent', async () => {
    const store = await seededStore();
    const adminPassword = 'a-long-enough-password';
    await bootstrapAdmin(store, { adminPassword, hasher: scryptHasher, log: () => {} });
    const app = createServerApp({
      store,
      distDir,
      serverEntry: path.join(dir, 'renderer.mjs'),
      anonymousMayView: false,
    });
    const signIn = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    expect(signIn.status).toBe(200);
    const session = signIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .find((pair) => pair?.startsWith('tb_session='));
    if (!session) throw new Error('signing in set no session cookie');

    const response = await app.request('/', { headers: { Cookie: session } });
    expect(await response.text()).toContain(
      '<div id="root"><h1>/ · 威海高区2024年经济社会发展目标</h1></div>',
    );
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('goes out as built when the server build is missing', async () => {
    const response = await (await server({ entry: 'not-built.mjs' })).request('/');
    expect(await response.text()).toBe(builtPage);
  });

  it('goes out as built when rendering fails, with the failure logged and nothing of it shown', async () => {
    const store = await seededStore();
    const api = createApp({ store, mode: 'server', passwordHasher: scryptHasher });
    const logged: unknown[] = [];
    const render = createPageRenderer(path.join(dir, 'failing.mjs'), api, (_message, error) =>
      logged.push(error),
    );
    const page = await render?.({ url: new URL('http://localhost/'), cookie: undefined }, builtPage);
    expect(page).toBe(builtPage);
    expect(logged).toEqual([new Error('cannot render')]);
  });

  it('is rendered once per change: kept for every reader, answered 304 by its ETag, rendered again after a save', async () => {
    const store = await seededStore();
    const app = createServerApp({ store, distDir, serverEntry: path.join(dir, 'counting.mjs') });
    const first = await app.request('/plans/weihai-hitech-2024/?asOf=2024-05');
    expect(await first.text()).toContain('<h1>/plans/weihai-hitech-2024/?asOf=2024-05 render 1</h1>');
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^W\/".+"$/);
    const second = await app.request('/plans/weihai-hitech-2024/?asOf=2024-05');
    expect(await second.text()).toContain('render 1</h1>');
    expect((await app.request('/plans/weihai-hitech-2024/?asOf=2024-05', { headers: { 'If-None-Match': etag ?? '' } })).status).toBe(
      304,
    );
    expect(await (await app.request('/plans/weihai-hitech-2024/?asOf=2024-06')).text()).toContain('render 2</h1>');

    const saved = await store.saveValues(
      [{ indicatorId: 'gdp-growth', period: '2024-05', value: 6.3, note: '', expectedVersion: null }],
      { username: 'li.ming', displayName: '李明' },
    );
    expect(saved).toHaveProperty('saved');
    const afterSave = await app.request('/plans/weihai-hitech-2024/?asOf=2024-05', { headers: { 'If-None-Match': etag ?? '' } });
    expect(afterSave.status).toBe(200);
    expect(await afterSave.text()).toContain('render 3</h1>');
  });

  it('gives a kept page only to visitors who may read the plan', async () => {
    const store = await seededStore();
    const adminPassword = 'a-long-enough-password';
    await bootstrapAdmin(store, { adminPassword, hasher: scryptHasher, log: () => {} });
    const app = createServerApp({
      store,
      distDir,
      serverEntry: path.join(dir, 'counting.mjs'),
      anonymousMayView: false,
    });
    const signIn = await app.request('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    const session = signIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .find((pair) => pair?.startsWith('tb_session='));
    if (!session) throw new Error('signing in set no session cookie');
    expect(await (await app.request('/', { headers: { Cookie: session } })).text()).toContain('render');
    expect(await (await app.request('/')).text()).toBe(builtPage);
  });
});
