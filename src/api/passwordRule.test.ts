import { describe, expect, it } from 'vitest';
import { createAccountRequestSchema, newPasswordSchema } from './accountsContract';
import { isGuessablePassword } from './passwordRule';

describe('the rule against guessable passwords', () => {
  it.each([
    ' '.repeat(10),
    '1234567890',
    '0987654321',
    'password12',
    'Password123!',
    'P@ssw0rd2024',
    'qwertyuiop',
    '1qaz2wsx3edc',
    'woaini1314520',
    'abcdefghijk',
    'x'.repeat(12),
    'abababababab',
    'admin123456',
    '11111111112',
  ])('refuses %j', (password) => {
    expect(isGuessablePassword(password)).toBe(true);
    expect(newPasswordSchema.safeParse(password).success).toBe(false);
  });

  it.each([
    'a long enough password',
    'Weihai-Hitech-2024-targets',
    'zhou password 1',
    'wang initial password',
    'kX9#mQ2$vL7p',
  ])('accepts %j', (password) => {
    expect(isGuessablePassword(password)).toBe(false);
    expect(newPasswordSchema.safeParse(password).success).toBe(true);
  });

  it('is the rule of a new account', () => {
    const account = { username: 'wang', displayName: '王芳', role: 'viewer', departments: [] };
    expect(createAccountRequestSchema.safeParse({ ...account, password: 'password12' }).success).toBe(false);
    expect(
      createAccountRequestSchema.safeParse({ ...account, password: 'wang initial password' }).success,
    ).toBe(true);
  });
});
