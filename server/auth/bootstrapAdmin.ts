/**
 * The first start: while no account exists, create the admin `admin`, with the password from
 * ADMIN_PASSWORD or else a random one printed once. There is no default password.
 */
import { newPasswordSchema } from '../../src/api/accountsContract';
import { passwordRuleText } from '../../src/api/passwordRule';
import { ConfigError } from '../config';
import type { Store } from '../store/port';
import { firstStartActor } from './accountAudit';
import { createAccount } from './accounts';
import type { PasswordHasher } from './passwordHasher';
import { randomPassword } from './tokens';

export const bootstrapAdminUsername = 'admin';

export interface BootstrapOptions {
  /** ADMIN_PASSWORD, or null to make a random one. */
  adminPassword: string | null;
  hasher: PasswordHasher;
  /** Where the one-time notice goes (stdout on the server). */
  log: (line: string) => void;
}

/** A password that cannot be used; its message is one line for the console. */
export class AdminPasswordError extends ConfigError {
  constructor() {
    super(
      `ADMIN_PASSWORD 不可用:${passwordRuleText.zh} / ADMIN_PASSWORD cannot be used: ${passwordRuleText.en}`,
    );
    this.name = 'AdminPasswordError';
  }
}

/** Returns whether it created the admin. */
export async function bootstrapAdmin(store: Store, options: BootstrapOptions): Promise<boolean> {
  if ((await store.accounts.countUsers()) > 0) return false;
  if (options.adminPassword !== null && !newPasswordSchema.safeParse(options.adminPassword).success)
    throw new AdminPasswordError();
  const password = options.adminPassword ?? randomPassword();
  const created = await createAccount(
    store,
    {
      username: bootstrapAdminUsername,
      displayName: '系统管理员',
      role: 'admin',
      departments: [],
      passwordHash: await options.hasher.hash(password),
    },
    new Date(),
    firstStartActor,
  );
  if (created.kind !== 'created') return false;
  options.log(
    options.adminPassword === null
      ? `首次启动已创建管理员 admin,初始密码:${password}(只显示一次) / First start: created the admin "admin" with the password above (shown only once)`
      : '首次启动已创建管理员 admin,密码取自 ADMIN_PASSWORD / First start: created the admin "admin" with the password from ADMIN_PASSWORD',
  );
  return true;
}
