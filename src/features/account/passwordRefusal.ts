import { ApiError } from '../../api/client';

/** The server refused the password as guessable or of the wrong length (src/api/passwordRule.ts). */
export function isPasswordRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'invalidBody' && error.field === 'password';
}
