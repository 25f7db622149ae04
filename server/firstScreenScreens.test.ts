/**
 * The screens of a plan the server renders besides the overview (an indicator, the projects
 * list, the presentation and the monthly brief), rendered by the app's own server entry through
 * the server: their real content in the visitor's language, kept until the next change, and
 * nothing for a visitor who may not read.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstScreenState } from '../src/app/firstScreenState';
import { bootstrapAdmin } from './auth/bootstrapAdmin';
import { scryptHasher } from './auth/password';
import { buildSeed } from './seed';
import { createServerApp } from './serverApp';
import { MemoryStore } from './store/memory';

const builtPage = `<!doctype html>
<html lang="zh-CN">
  <head>
    <title>目标看板</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-0a1b2c.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

// As `vite build` names the chunks: the indicator page's own code, styles and texts.
const manifest = {
  'index.html': { file: 'assets/index-abc123.js', isEntry: true, css: ['assets/index-0a1b2c.css'] },
  'src/app/pages/IndicatorPage.tsx': {
    file: 'assets/IndicatorPage-1a2b3c.js',
    imports: ['index.html', '_CartesianChart-4d5e6f.js'],
    css: ['assets/IndicatorPage-7a8b9c.css'],
  },
  '_CartesianChart-4d5e6f.js': { file: 'assets/CartesianChart-4d5e6f.js' },
  'src/features/indicator/messages.ts': { file: 'assets/messages-0f0f0f.js' },
};

const plan = '/plans/weihai-hitech-2024';
const english = { Cookie: 'target-board.locale=en-US' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'target-board-screens-'));
  await mkdir(path.join(dir, '.vite'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), builtPage);
  await writeFile(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function server(store?: MemoryStore, anonymousMayView = true) {
  const seeded = store ?? new MemoryStore();
  if (!store) await seeded.seed(buildSeed({ demo: true }));
  return createServerApp({
    store: seeded,
    distDir: dir,
    serverEntry: path.resolve('src/entry-server.tsx'),
    anonymousMayView,
  });
}

/** The text a visitor reads in the rendered root, tags left out. */
function rootText(page: string): string {
  const root = /<div id="root">([\s\S]*)<\/div><script type="application\/json"/.exec(page)?.[1] ?? '';
  return root.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

function stateOf(page: string) {
  return readFirstScreenState(
    /<script type="application\/json" id="first-screen-state">(.*?)<\/script>/.exec(page)?.[1],
  );
}

describe('the screens of a plan rendered on the server', () => {
  it('arrive with their real content, in Chinese by default and in English by the cookie', async () => {
    const app = await server();
    const screens = [
      {
        address: `${plan}/indicators/gdp-growth`,
        zh: ['地区生产总值', '各期数据', '2024年3月'],
        en: ['Gross domestic product', 'Mar 2024'],
      },
      { address: `${plan}/projects`, zh: ['重点项目', '已开工'], en: ['Key projects', 'Started'] },
      {
        address: `${plan}/present`,
        zh: ['威海高区2024年经济社会发展目标', '指标状态'],
        en: ['Weihai', 'Indicator status'],
      },
      {
        address: `${plan}/brief?asOf=2024-03`,
        zh: ['月度通报', '数据截至2024年3月', '主要预期目标'],
        en: ['Main expected targets', 'Mar 2024'],
      },
    ];
    for (const { address, zh, en } of screens) {
      const chinese = await (await app.request(address)).text();
      for (const text of zh) expect(rootText(chinese), `${address} in Chinese`).toContain(text);
      expect(stateOf(chinese)?.locale).toBe('zh-CN');
      expect(rootText(chinese)).not.toContain('正在加载');

      const inEnglish = await (await app.request(address, { headers: english })).text();
      expect(inEnglish).toContain('<html lang="en-US">');
      for (const text of en) expect(rootText(inEnglish), `${address} in English`).toContain(text);
      expect(rootText(inEnglish), `${address} in English`).not.toMatch(/主要预期目标|重点项目|各期数据/);
    }
  });

  it("links the screen's own styles in the head and preloads its code beside the app's", async () => {
    const page = await (await (await server()).request(`${plan}/indicators/gdp-growth`)).text();
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/IndicatorPage-7a8b9c.css">');
    expect(head.match(/index-0a1b2c\.css/g)).toHaveLength(1);
    const loader = /<script>\(function \(preloads[\s\S]*?<\/script>/.exec(page)?.[0] ?? '';
    for (const chunk of ['IndicatorPage-1a2b3c.js', 'CartesianChart-4d5e6f.js', 'messages-0f0f0f.js'])
      expect(loader).toContain(`/assets/${chunk}`);
  });

  it('is kept until a save, and then shows the saved figure', async () => {
    const store = new MemoryStore();
    await store.seed(buildSeed({ demo: true }));
    const app = await server(store);
    // The latest figures: a figure recorded now is left out of any past month's view.
    const address = `${plan}/indicators/gdp-growth`;
    const first = await app.request(address);
    const etag = first.headers.get('ETag') ?? '';
    expect(rootText(await first.text())).not.toContain('7.7%');
    expect((await app.request(address, { headers: { 'If-None-Match': etag } })).status).toBe(304);

    const { values } = (await (await app.request('/api/indicators/gdp-growth')).json()) as {
      values: { period: string; version: number }[];
    };
    const june = values.find((value) => value.period === '2024-06');
    const saved = await store.saveValues(
      [
        {
          indicatorId: 'gdp-growth',
          period: '2024-06',
          value: 7.7,
          note: '',
          expectedVersion: june?.version ?? null,
        },
      ],
      { username: 'li.ming', displayName: '李明' },
    );
    expect(saved).toHaveProperty('saved');
    const afterSave = await app.request(address, { headers: { 'If-None-Match': etag } });
    expect(afterSave.status).toBe(200);
    expect(rootText(await afterSave.text())).toContain('7.7%');
  });

  it('gives a visitor who may not read none of the data, even once a reader has had the page', async () => {
    const store = new MemoryStore();
    await store.seed(buildSeed({ demo: true }));
    const adminPassword = 'a-long-enough-password';
    await bootstrapAdmin(store, { adminPassword, hasher: scryptHasher, log: () => {} });
    const app = await server(store, false);
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

    for (const screen of ['indicators/gdp-growth', 'projects', 'present', 'brief']) {
      const address = `${plan}/${screen}`;
      expect(rootText(await (await app.request(address, { headers: { Cookie: session } })).text())).not.toBe(
        '',
      );
      const anonymous = await (await app.request(address)).text();
      expect(anonymous, address).toBe(builtPage);
    }
  });
});
