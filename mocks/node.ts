/**
 * The mock API for tests in Node: msw/node intercepts fetch to any origin's /api/*.
 */
import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { createMockHandlers } from './handlers';
import { mockApp } from './mockApp';

/** A server (not yet listening) whose `overrides` (e.g. scenarios) take precedence over the mock app. */
export function createMockServer(...overrides: RequestHandler[]): SetupServer {
  return setupServer(...overrides, ...createMockHandlers(mockApp));
}
