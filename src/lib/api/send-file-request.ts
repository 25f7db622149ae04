/**
 * A file request to the API: the request's language sent along, and a failure turned into an
 * ApiError with the contract's code, as requestJson does for JSON.
 */
import { apiBase } from '../../api/apiBase';
import { ApiError, apiErrorOf } from '../../api/client';

export async function sendFileRequest(path: string, init: RequestInit, locale: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${apiBase}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept-Language': locale, ...init.headers },
    });
  } catch {
    throw new ApiError('network', 'network unreachable', 0);
  }
  if (response.ok) return response;
  throw await apiErrorOf(response.status, await response.json().catch(() => undefined));
}
