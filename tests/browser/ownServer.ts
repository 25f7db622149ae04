/**
 * A spec file's own real server, on a fresh data directory with a known admin password, for specs
 * that sign in or write: the shared server of playwright.config.ts prints a random password.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../server/startServer';

export interface OwnServer {
  server: RunningServer;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startOwnServer(
  name: string,
  adminPassword: string,
  extra: Partial<ServerOptions> = {},
): Promise<OwnServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `target-board-${name}-`));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: null,
    seedDemo: true,
    adminPassword,
    distDir: path.resolve('dist'),
    ...extra,
  });
  return {
    server,
    dataDir,
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
