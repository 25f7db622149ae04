import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { openApiPath } from './openapi';
import { MemoryStore } from './store/memory';

function app(mode: 'server' | 'mock' = 'server') {
  return createApp({
    store: new MemoryStore(),
    mode,
    passwordHasher: { hash: () => Promise.resolve('!'), verify: () => Promise.resolve(false) },
  });
}

interface Document {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
}

async function served(): Promise<Document> {
  const response = await app().request('/api/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served at /api/openapi.json to anyone', async () => {
    const document = await served();
    expect(document.openapi).toBe('3.1.0');
  });

  it('describes every route of the app, walked from the Hono app itself', async () => {
    const document = await served();
    const routes = app()
      .routes.filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/'))
      .map((route) => ({
        method: route.method.toLowerCase(),
        path: openApiPath(route.path.replace(/\/$/, '')),
      }));
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter(({ method, path }) => document.paths[path]?.[method] === undefined);
    expect(missing).toEqual([]);
  });

  it('takes request bodies from the contract: a project’s amount carries its range', async () => {
    const document = await served();
    const create = document.paths['/api/plans/{planId}/projects']?.post?.requestBody as {
      content: { 'application/json': { schema: { properties: Record<string, { maximum?: number }> } } };
    };
    expect(create.content['application/json'].schema.properties.plannedTotalInvestment?.maximum).toBe(100000);
  });
});
