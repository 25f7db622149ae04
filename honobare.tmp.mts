import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const body = new Uint8Array(66619).fill(120);
const app = new Hono();
const work = Number(process.env.WORK_US ?? 0);
app.get('/', (c) => { const end = performance.now() + work / 1000; while (performance.now() < end) {} return c.body(body, 200, { 'Content-Type': 'application/json', ETag: 'W/"x"' }); });
serve({ fetch: app.fetch, port: 4403, hostname: '127.0.0.1' });
