/** Which common text explains a failed request, from the API's error code. */
import { ApiError } from '../../api/client';
import { errorCodes } from '../../api/contract';

type ErrorKey = `errors.${(typeof errorCodes)[number] | 'network' | 'badResponse' | 'unknown'}`;

export function errorMessageKey(error: unknown): ErrorKey {
  return error instanceof ApiError ? `errors.${error.code}` : 'errors.unknown';
}
