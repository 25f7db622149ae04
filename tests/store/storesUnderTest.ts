/**
 * The stores the behaviour suite runs against: memory, SQLite in a temporary directory, and
 * PostgreSQL in a schema of its own when TEST_DATABASE_URL is set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MemoryStore } from '../../server/store/memory';
import { openStore } from '../../server/store/open';
import type { Store } from '../../server/store/port';

export interface StoreUnderTest {
  store: Store;
  /** Closes the store and opens the same storage again, running the migrations again. */
  reopen(): Promise<Store>;
  /** Closes the store and removes its storage. */
  dispose(): Promise<void>;
  /** Where the data lives, for tests that read the tables themselves (none for memory). */
  location?: { sqliteDataDir: string } | { databaseUrl: string; pgSchema: string };
}

export interface StoreKindUnderTest {
  name: string;
  /** Whether its data outlives the store object. */
  persistent: boolean;
  start(): Promise<StoreUnderTest>;
}

function memory(): StoreKindUnderTest {
  return {
    name: 'memory',
    persistent: false,
    async start() {
      const store = new MemoryStore();
      return { store, reopen: () => Promise.resolve(store), dispose: () => store.close() };
    },
  };
}

function sqlite(): StoreKindUnderTest {
  return {
    name: 'sqlite',
    persistent: true,
    async start() {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'target-board-store-'));
      const handle: StoreUnderTest = {
        location: { sqliteDataDir: dataDir },
        store: await openStore({ dataDir }),
        async reopen() {
          await handle.store.close();
          handle.store = await openStore({ dataDir });
          return handle.store;
        },
        async dispose() {
          await handle.store.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
      return handle;
    },
  };
}

const runId = `${process.pid}_${Date.now().toString(36)}`;
let schemaCount = 0;

function postgres(databaseUrl: string): StoreKindUnderTest {
  return {
    name: 'postgres',
    persistent: true,
    async start() {
      schemaCount += 1;
      const pgSchema = `store_test_${runId}_${schemaCount}`;
      const handle: StoreUnderTest = {
        location: { databaseUrl, pgSchema },
        store: await openStore({ databaseUrl, dataDir: '', pgSchema }),
        async reopen() {
          await handle.store.close();
          handle.store = await openStore({ databaseUrl, dataDir: '', pgSchema });
          return handle.store;
        },
        async dispose() {
          await handle.store.close();
          const client = new pg.Client({ connectionString: databaseUrl });
          await client.connect();
          try {
            await client.query(`drop schema if exists "${pgSchema}" cascade`);
          } finally {
            await client.end();
          }
        },
      };
      return handle;
    },
  };
}

export function storeKindsUnderTest(): StoreKindUnderTest[] {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  return [memory(), sqlite(), ...(databaseUrl ? [postgres(databaseUrl)] : [])];
}
