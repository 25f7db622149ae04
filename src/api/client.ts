/**
 * The typed fetch client. Every response is checked against the contract; every failure becomes
 * an ApiError with the contract's code, so screens can say what went wrong in the user's language.
 */
import type { z } from 'zod';
import { apiBase } from './apiBase';
import type { ErrorCode } from './contract';
import { noteAnswer } from './offlineCopy';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network' | 'badResponse',
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** The UI language, so that server messages come back in it. */
  locale?: string;
}

let currentLocale = 'zh-CN';
/** The UI calls this when the language changes; every later request asks for that language. */
export function setRequestLocale(locale: string): void {
  currentLocale = locale;
}

let csrfToken: string | null = null;
/** The session query calls this with the session's CSRF token; every later write sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** For writes made without requestJson (an upload): send it as the `X-CSRF-Token` header. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/**
 * The schema an answer is checked against, or a loader of it. The reads of the first screen pass
 * a loader, so the contracts (and zod) load beside the first request rather than with the page.
 */
export type SchemaSource<Schema extends z.ZodType> = Schema | (() => Promise<Schema>);

/** The ApiError a failed answer stands for, read from the contract's error body. */
export async function apiErrorOf(status: number, payload: unknown): Promise<ApiError> {
  const { errorBodySchema } = await import('./contract');
  const parsed = errorBodySchema.safeParse(payload);
  if (!parsed.success) return new ApiError('badResponse', `HTTP ${status}`, status);
  const { code, message, field, current } = parsed.data.error;
  return new ApiError(code, message, status, field, current);
}

export async function requestJson<Schema extends z.ZodType>(
  path: string,
  source: SchemaSource<Schema>,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const schemaLoaded = typeof source === 'function' ? source() : Promise.resolve(source);
  // Settled here too, so a failed request does not leave a loader's failure unhandled.
  schemaLoaded.catch(() => undefined);
  let response: Response;
  try {
    const method = options.method ?? 'GET';
    const writes = method !== 'GET';
    response = await fetch(`${apiBase}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        'Accept-Language': options.locale ?? currentLocale,
        // Every write says JSON, even without a body: the server refuses form-like writes without an Origin.
        ...(options.body === undefined && !writes ? {} : { 'Content-Type': 'application/json' }),
        ...(writes && csrfToken !== null ? { 'X-CSRF-Token': csrfToken } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', 'network unreachable', 0);
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw await apiErrorOf(response.status, payload);
  const schema = await schemaLoaded;
  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new ApiError('badResponse', 'response does not match the contract', response.status);
  noteAnswer(response.headers);
  return parsed.data;
}

/** Builds `?a=1&b=2` from the defined entries only. */
export function queryString(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value != null && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
