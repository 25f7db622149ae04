import { describe, expect, it } from 'vitest';
import type { RequestLogLine } from './http/requestLog';
import { createServerApp } from './serverApp';
import { MemoryStore } from './store/memory';

function serverWithLog() {
  const lines: string[] = [];
  const app = createServerApp({
    store: new MemoryStore(),
    distDir: '/nonexistent',
    logRequest: (line) => lines.push(line),
  });
  return { app, lines };
}

describe('the request log', () => {
  it('echoes a request id it is given, and logs the request as one JSON line under that id', async () => {
    const { app, lines } = serverWithLog();
    const response = await app.request('/api/health', { headers: { 'X-Request-Id': 'proxy-7f3a.42' } });
    expect(response.headers.get('X-Request-Id')).toBe('proxy-7f3a.42');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as RequestLogLine;
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'proxy-7f3a.42',
      method: 'GET',
      path: '/api/health',
      status: 200,
    });
    expect(Date.parse(line.time)).not.toBeNaN();
  });

  it('makes up an id when none or an implausible one is given, and marks a refusal as a warning', async () => {
    const { app, lines } = serverWithLog();
    const response = await app.request('/api/nothing-here', {
      headers: { 'X-Request-Id': 'bad id {"level":"info"}' },
    });
    const id = response.headers.get('X-Request-Id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ requestId: id, status: 404, level: 'warn' });
  });
});
