/**
 * The API app answering in process (app.request) over each store the storage suite runs against:
 * memory, SQLite, and PostgreSQL when TEST_DATABASE_URL is set. The first admin is created with a
 * known password; `signInAdmin` returns the headers a signed-in admin sends.
 */
import { createApp, type AppDeps } from '../../server/app';
import { bootstrapAdmin } from '../../server/auth/bootstrapAdmin';
import type { PasswordHasher } from '../../server/auth/passwordHasher';
import { buildSeed } from '../../server/seed';
import { storeKindsUnderTest, type StoreUnderTest } from '../store/storesUnderTest';

export const adminPassword = 'Weihai-Hitech-2024-targets';
export const origin = 'http://localhost';

/** Stores passwords as given: a stand-in for scrypt where a test counts or holds the checks. */
export const plainHasher: PasswordHasher = {
  hash: (password) => Promise.resolve(`plain$${password}`),
  verify: (password, hash) => Promise.resolve(hash === `plain$${password}`),
};

export interface InProcessApp {
  app: ReturnType<typeof createApp>;
  under: StoreUnderTest;
  signInAdmin(): Promise<Record<string, string>>;
  dispose(): Promise<void>;
}

export async function startInProcessApp(
  kindName: string,
  deps: Partial<AppDeps> = {},
  options: { seedDemo?: boolean } = {},
): Promise<InProcessApp> {
  const kind = storeKindsUnderTest().find((candidate) => candidate.name === kindName);
  if (!kind) throw new Error(`no store kind ${kindName}`);
  const under = await kind.start();
  const passwordHasher = deps.passwordHasher ?? plainHasher;
  await under.store.seed(buildSeed({ demo: options.seedDemo ?? true }));
  await bootstrapAdmin(under.store, { adminPassword, hasher: passwordHasher, log: () => {} });
  const app = createApp({ store: under.store, mode: 'server', passwordHasher, ...deps });
  return {
    app,
    under,
    async signInAdmin() {
      const response = await app.request('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ username: 'admin', password: adminPassword }),
      });
      if (!response.ok) throw new Error(`admin sign-in failed: ${response.status}`);
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tb_session='));
      return { Cookie: cookie?.split(';')[0] ?? '', 'X-CSRF-Token': csrfToken, Origin: origin };
    },
    dispose: () => under.dispose(),
  };
}

/** The store kinds to run a behaviour on: SQLite, and PostgreSQL when TEST_DATABASE_URL is set. */
export function persistentStoreNames(): string[] {
  return storeKindsUnderTest()
    .filter((kind) => kind.persistent)
    .map((kind) => kind.name);
}
