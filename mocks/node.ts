/**
 * The mock API for tests in Node: msw/node intercepts fetch to any origin's /api/*.
 */
import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import type { ApiApp } from '../server/app';
import { buildSeed } from '../server/seed';
import { createMockHandlers } from './handlers';
import { createMockApp } from './mockApp';

/**
 * A server (not yet listening) whose `overrides` (e.g. scenarios) take precedence over the mock
 * app. Each server has its own app and memory store, built on first use from the demo seed, so
 * what one test file writes is never seen by another, even when files share a process.
 */
export function createMockServer(...overrides: RequestHandler[]): SetupServer {
  let app: Promise<ApiApp> | undefined;
  const ownApp = () => (app ??= createMockApp(buildSeed({ demo: true })));
  return setupServer(...overrides, ...createMockHandlers(ownApp));
}
