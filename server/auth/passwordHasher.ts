/**
 * How the app hashes and checks passwords, without saying how: the Node server passes the scrypt
 * hasher of password.ts. The mock has none, since it has no password sign-in; accounts it creates
 * get `noPasswordHash`, which no password matches.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash it cannot read. */
  verify(password: string, passwordHash: string): Promise<boolean>;
}

/** Marks an account that cannot sign in with a password (as `!` does in /etc/shadow). */
export const noPasswordHash = '!';
