import { describe, expect, it, vi } from 'vitest';
import { errorBodySchema } from '../src/api/contract';
import { createApp } from './app';
import { buildSeed } from './seed';
import { MemoryStore } from './store/memory';

const storageFailure = new Error('SQLITE_IOERR: disk I/O error in /var/lib/target-board/target-board.sqlite');

/** A seeded store whose every read of plans fails, as a disk or a lost connection would. */
async function failingStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.seed(buildSeed({ demo: false }));
  store.ping = () => Promise.reject(storageFailure);
  store.getPlan = () => Promise.reject(storageFailure);
  return store;
}

async function errorOf(response: Response) {
  const text = await response.text();
  return { status: response.status, text, error: errorBodySchema.parse(JSON.parse(text)).error };
}

/** Takes over the console.error spy of the test setup, so that expected server logs do not fail the test. */
function serverLog() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('createApp', () => {
  it('answers 503 unavailable when the storage fails, without its details', async () => {
    const app = createApp({ store: await failingStore(), mode: 'mock' });
    for (const path of ['/api/health', '/api/plans/weihai-hitech-2024', '/api/indicators/gdp-growth']) {
      const { status, error, text } = await errorOf(
        await app.request(path, { headers: { 'Accept-Language': 'en' } }),
      );
      expect(status).toBe(503);
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/try again/);
      expect(text).not.toMatch(/SQLITE|\/var\/lib/);
    }
  });

  it('logs a storage failure on the server only in server mode', async () => {
    const log = serverLog();
    const mock = createApp({ store: await failingStore(), mode: 'mock' });
    await mock.request('/api/health');
    expect(log).not.toHaveBeenCalled();
    const server = createApp({ store: await failingStore(), mode: 'server' });
    const { status } = await errorOf(await server.request('/api/health'));
    expect(status).toBe(503);
    expect(log).toHaveBeenCalledWith('Storage failure:', storageFailure);
  });

  it('answers a fault in its own code with 500 internal, keeping the details in the server log', async () => {
    const log = serverLog();
    const store = new MemoryStore();
    await store.seed(buildSeed({ demo: false }));
    // A plan whose stored document lost its actions: reading it breaks the indicator route.
    const damaged = await store.getPlan('weihai-hitech-2024');
    store.getPlan = async () =>
      damaged ? { ...damaged, plan: { ...damaged.plan, actions: undefined as never } } : null;
    const app = createApp({ store, mode: 'server' });
    const { status, error, text } = await errorOf(await app.request('/api/indicators/billion-yuan-projects'));
    expect(status).toBe(500);
    expect(error).toEqual({ code: 'internal', message: '服务器内部错误,请稍后重试' });
    expect(text).not.toMatch(/TypeError|\bat \S+ \(|\.ts:\d+/);
    expect(log).toHaveBeenCalledWith(expect.any(TypeError));
  });
});
