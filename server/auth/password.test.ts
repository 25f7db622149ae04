import { describe, expect, it } from 'vitest';
import { hashPassword, scryptParameters, verifyPassword } from './password';

describe('password hashing', () => {
  it('keeps neither the password nor anything that reads as it, only scrypt parameters, salt and hash', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).not.toContain('correct horse battery');
    expect(hash).toMatch(
      new RegExp(`^scrypt\\$${scryptParameters.N}\\$8\\$1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{88}$`),
    );
  });

  it('accepts the password it was made from and nothing else', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery ', hash)).toBe(false);
    expect(await verifyPassword('Correct horse battery', hash)).toBe(false);
  });

  it('salts every hash anew, so one password gives different hashes that both verify', async () => {
    const first = await hashPassword('同一个密码 same password');
    const second = await hashPassword('同一个密码 same password');
    expect(first).not.toBe(second);
    expect(first.split('$')[4]).not.toBe(second.split('$')[4]);
    expect(await verifyPassword('同一个密码 same password', second)).toBe(true);
  });

  it('turns down hashes it cannot read instead of failing, including the mark of an account without a password', async () => {
    const key = Buffer.alloc(64).toString('base64');
    for (const unreadable of [
      '!',
      '',
      'plain text',
      'scrypt$1$1$1$c2FsdA==$aGFzaA==',
      `scrypt$999999999$8$1$c2FsdA==$${key}`,
      `scrypt$3$8$1$c2FsdA==$${key}`,
    ])
      expect(await verifyPassword('anything', unreadable)).toBe(false);
  });
});
