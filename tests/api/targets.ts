/**
 * The two things the API suite runs against: the real Node server over a temporary SQLite file,
 * and the mock (msw/node handing requests for a fake origin to the same app over memory).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HealthResponse } from '../../src/api/contract';
import { startServer } from '../../server/startServer';
import { createMockServer } from '../../mocks/node';

export interface RunningTarget {
  baseUrl: string;
  /** The real server's first admin password (ADMIN_PASSWORD); the mock has none, it signs in by role. See signIn.ts. */
  adminPassword?: string;
  stop(): Promise<void>;
}

export interface ApiTarget {
  name: string;
  storage: HealthResponse['storage'];
  mode: HealthResponse['mode'];
  start(): Promise<RunningTarget>;
}

export const realServer: ApiTarget = {
  name: 'the real server',
  storage: 'sqlite',
  mode: 'server',
  async start() {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-api-'));
    const adminPassword = randomBytes(18).toString('base64url');
    const server = await startServer({
      adminPassword,
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: null,
      seedDemo: true,
      distDir: path.join(dataDir, 'no-build'),
    });
    return {
      baseUrl: server.url,
      adminPassword,
      async stop() {
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const mockApi: ApiTarget = {
  name: 'the mock',
  storage: 'memory',
  mode: 'mock',
  async start() {
    const server = createMockServer();
    server.listen({ onUnhandledRequest: 'error' });
    return {
      baseUrl: 'http://mock.test',
      async stop() {
        server.close();
      },
    };
  },
};

export const apiTargets: ApiTarget[] = [realServer, mockApi];
