import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { openStore } from '../store/open';
import { runUserAdd, UsageError } from './userAddCommand';

let dataDir: string;
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function storedUser(username: string) {
  const store = await openStore({ dataDir });
  try {
    return await store.accounts.getUserByUsername(username);
  } finally {
    await store.close();
  }
}

describe('npm run user:add', () => {
  it('adds an editor for the given departments to the database DATA_DIR names, printing a random password once', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-cli-'));
    const lines = await runUserAdd(
      [
        '--username',
        'wang',
        '--role',
        'editor',
        '--departments',
        '区统计局,区财政局',
        '--display-name',
        '王芳',
      ],
      { DATA_DIR: dataDir },
    );
    expect(lines[0]).toBe('已创建用户 wang(填报员,区统计局、区财政局) / Created the account wang (editor)');
    const password = lines[1]?.match(/^初始密码:(\S+)\(只显示一次\)/)?.[1];
    expect(password).toMatch(/^\S{20}$/);
    const user = await storedUser('wang');
    expect(user).toMatchObject({
      displayName: '王芳',
      role: 'editor',
      departments: ['区统计局', '区财政局'],
    });
    expect(await verifyPassword(password ?? '', user?.passwordHash ?? '')).toBe(true);
  });

  it('refuses an unknown department, naming it and listing the known ones, and adds nobody', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-cli-'));
    const attempt = runUserAdd(
      ['--username', 'zhao', '--role', 'editor', '--departments', '区统计局,区统计处'],
      { DATA_DIR: dataDir },
    );
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      /未登记的部门 \/ Unknown department: 区统计处\n已登记的部门 \/ Known departments: 区统计局、区财政局、/,
    );
    expect(await storedUser('zhao')).toBeNull();
  });

  it('takes a given password without printing it, and refuses a username already taken', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-cli-'));
    const args = ['--username', 'li', '--role', 'viewer', '--password', 'li chosen password'];
    const lines = await runUserAdd(args, { DATA_DIR: dataDir });
    expect(lines).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('li chosen password');
    expect(await verifyPassword('li chosen password', (await storedUser('li'))?.passwordHash ?? '')).toBe(
      true,
    );
    await expect(runUserAdd(args, { DATA_DIR: dataDir })).rejects.toThrow(/li 已被使用/);
  });

  it('refuses a missing username, an unknown role, a short password and an unknown option, saying which', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'target-board-cli-'));
    const env = { DATA_DIR: dataDir };
    await expect(runUserAdd(['--role', 'viewer'], env)).rejects.toThrow(/--username/);
    await expect(runUserAdd(['--username', 'zhao', '--role', 'boss'], env)).rejects.toThrow(/--role/);
    await expect(
      runUserAdd(['--username', 'zhao', '--role', 'viewer', '--password', 'short'], env),
    ).rejects.toThrow(/--password/);
    await expect(runUserAdd(['--username', 'zhao', '--role', 'viewer', '--admin'], env)).rejects.toThrow(
      UsageError,
    );
    expect(await storedUser('zhao')).toBeNull();
  });
});
