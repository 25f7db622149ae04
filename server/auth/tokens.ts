/**
 * Random tokens and their hashes, with Web Crypto only: the app also runs in the browser as the mock.
 */

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `byteLength` random bytes (32 by default) as URL-safe base64 text. */
export function randomToken(byteLength = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** The hex SHA-256 of `text`: how a session token is kept in the store. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two strings in time that does not depend on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < left.length; index += 1) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

const passwordAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A password of `length` characters, easy to read aloud (no 0/O, 1/l/I), about 5.8 bits each. */
export function randomPassword(length = 20): string {
  const chosen: string[] = [];
  // Reject bytes that would make some characters likelier than others.
  const limit = 256 - (256 % passwordAlphabet.length);
  while (chosen.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && chosen.length < length)
        chosen.push(passwordAlphabet.charAt(byte % passwordAlphabet.length));
    }
  }
  return chosen.join('');
}
