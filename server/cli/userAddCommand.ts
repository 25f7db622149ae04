/**
 * `npm run user:add -- --username wang --role editor --departments 区统计局,区财政局
 * [--display-name 王芳] [--password …]`: adds an account to the configured database (DATA_DIR or
 * DATABASE_URL, as the server). Without --password a random one is made and printed once.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  departmentsSchema,
  displayNameSchema,
  newPasswordSchema,
  usernameSchema,
} from '../../src/api/accountsContract';
import { passwordRuleText } from '../../src/api/passwordRule';
import { roleSchema } from '../../src/api/authContract';
import { commandLineActor } from '../auth/accountAudit';
import { createAccount } from '../auth/accounts';
import { hashPassword } from '../auth/password';
import { randomPassword } from '../auth/tokens';
import { loadConfig } from '../config';
import { seedDepartments } from '../seed/departments';
import { openStore } from '../store/open';
import type { Store } from '../store/port';

export const userAddUsage =
  '用法 / usage: npm run user:add -- --username wang --role viewer|editor|reviewer|admin [--departments 区统计局,区财政局] [--display-name 王芳] [--password …]';

const roleNames = { viewer: '查看者', editor: '填报员', reviewer: '审核员', admin: '管理员' } as const;

const argumentsSchema = z.object({
  username: usernameSchema,
  role: roleSchema,
  departments: departmentsSchema,
  displayName: displayNameSchema.optional(),
  password: newPasswordSchema.optional(),
});

/** A command line that cannot be used: what is wrong, then the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${userAddUsage}`);
    this.name = 'UsageError';
  }
}

function parseCommandLine(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        departments: { type: 'string' },
        'display-name': { type: 'string' },
        password: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const parsed = argumentsSchema.safeParse({
    username: values.username,
    role: values.role,
    departments: (values.departments ?? '')
      .split(/[,，、]/)
      .map((name) => name.trim())
      .filter(Boolean),
    displayName: values['display-name'],
    password: values.password,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'arguments');
    const flag = field === 'displayName' ? 'display-name' : field;
    if (flag === 'password')
      throw new UsageError(
        `参数 --password 不可用:${passwordRuleText.zh} / --password is not valid: ${passwordRuleText.en}`,
      );
    throw new UsageError(`参数 --${flag} 缺失或不正确 / --${flag} is missing or not valid`);
  }
  return parsed.data;
}

/**
 * The department names an account may be given: those stored and in use, or, before the server's
 * first start has seeded the database, the ones that start will store.
 */
async function knownDepartments(store: Store): Promise<string[]> {
  if (await store.isEmpty()) return seedDepartments.map((department) => department.name.zh);
  const departments = await store.planEditing.listDepartments();
  return [
    ...new Set(
      departments.filter((department) => !department.retired).map((department) => department.name.zh),
    ),
  ];
}

/** Adds the account; returns the lines to print. Throws UsageError or a storage start error. */
export async function runUserAdd(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const request = parseCommandLine(args);
  const config = loadConfig(env);
  const password = request.password ?? randomPassword();
  const store = await openStore({
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
  });
  try {
    const known = await knownDepartments(store);
    const unknown = request.departments.filter((name) => !known.includes(name));
    if (unknown.length > 0)
      throw new UsageError(
        `未登记的部门 / Unknown department: ${unknown.join('、')}\n` +
          `已登记的部门 / Known departments: ${known.join('、') || '（无 / none）'}`,
      );
    const created = await createAccount(
      store,
      {
        username: request.username,
        displayName: request.displayName ?? request.username,
        role: request.role,
        departments: request.departments,
        passwordHash: await hashPassword(password),
      },
      new Date(),
      commandLineActor,
    );
    if (created.kind === 'usernameTaken')
      throw new UsageError(
        `用户名 ${request.username} 已被使用 / The username ${request.username} is already taken`,
      );
    const { user } = created;
    const scope = user.departments.length > 0 ? `,${user.departments.join('、')}` : '';
    return [
      `已创建用户 ${user.username}(${roleNames[user.role]}${scope}) / Created the account ${user.username} (${user.role})`,
      ...(request.password === undefined
        ? [`初始密码:${password}(只显示一次) / Initial password, shown only once`]
        : []),
    ];
  } finally {
    await store.close();
  }
}
