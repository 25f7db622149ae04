/**
 * A file request to the API: the request's language sent along, and a failure turned into an
 * ApiError with the contract's code, as requestJson does for JSON.
 */
import { ApiError } from '../../api/client';
import { apiBase, errorBodySchema } from '../../api/contract';

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
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('badResponse', `HTTP ${response.status}`, response.status);
  const { code, message, field, current } = parsed.data.error;
  throw new ApiError(code, message, response.status, field, current);
}
