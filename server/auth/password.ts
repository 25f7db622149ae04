/**
 * Password hashing with scrypt (Node only). One string holds everything needed to check later:
 * `scrypt$N$r$p$salt$hash`, salt and hash in base64. Each hash has its own random 16-byte salt.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from './passwordHasher';

const scheme = 'scrypt';
const keyLength = 64;
const saltLength = 16;

/** N = 2^15, r = 8, p = 1: about 32 MB and tens of milliseconds per hash. */
export const scryptParameters = { N: 2 ** 15, r: 8, p: 1 } as const;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const { N = 0, r = 0, p = 0 } = options;
  // scrypt needs 128·N·r bytes; allow twice that.
  const maxmem = 256 * N * r;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, { N, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(saltLength);
  const { N, r, p } = scryptParameters;
  const key = await derive(password, salt, scryptParameters);
  return [scheme, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  options: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

function parseHash(passwordHash: string): ParsedHash | null {
  const [name, n, r, p, salt, key, ...rest] = passwordHash.split('$');
  if (name !== scheme || rest.length > 0 || salt === undefined || key === undefined) return null;
  const numbers = [n, r, p].map(Number);
  if (!numbers.every((value) => Number.isInteger(value) && value > 0)) return null;
  const [N = 0, blockSize = 0, parallel = 0] = numbers;
  // Refuse parameters that would take unbounded memory or time.
  if (N > 2 ** 20 || blockSize > 32 || parallel > 16) return null;
  const parsed = {
    options: { N, r: blockSize, p: parallel },
    salt: Buffer.from(salt, 'base64'),
    key: Buffer.from(key, 'base64'),
  };
  return parsed.salt.length > 0 && parsed.key.length === keyLength ? parsed : null;
}

export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  const parsed = parseHash(passwordHash);
  if (!parsed) return false;
  try {
    const key = await derive(password, parsed.salt, parsed.options);
    return timingSafeEqual(key, parsed.key);
  } catch {
    return false; // parameters scrypt refuses, such as an N that is not a power of two
  }
}

export const scryptHasher: PasswordHasher = { hash: hashPassword, verify: verifyPassword };
