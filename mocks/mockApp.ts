/**
 * The mock API: the real Hono app over an in-memory store, seeded from the same seed as the server.
 */
import { createApp, type ApiApp } from '../server/app';
import { buildSeed } from '../server/seed';
import { MemoryStore } from '../server/store/memory';
import type { SeedData } from '../server/store/port';

/** A fresh app over its own memory store, holding `seed` (or nothing at all when null). */
export async function createMockApp(seed: SeedData | null): Promise<ApiApp> {
  const store = new MemoryStore();
  if (seed) await store.seed(seed);
  return createApp({ store, mode: 'mock' });
}

let demoApp: Promise<ApiApp> | undefined;

/** The app the mock serves by default: the 2024 plan with its demo figures, built once on first use. */
export function mockApp(): Promise<ApiApp> {
  demoApp ??= createMockApp(buildSeed({ demo: true }));
  return demoApp;
}
