/**
 * One error shape for every failure: `{ error: { code, message, field? } }`, with the message in
 * the request's language. Handlers throw an ApiProblem; the app's error handler turns it into JSON.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../src/api/contract';
import { messageLocale } from './locale';
import { errorMessage } from './messages';

export type AppMode = 'server' | 'mock';

export const errorStatus: Record<ErrorCode, ContentfulStatusCode> = {
  notFound: 404,
  invalidParameter: 400,
  invalidBody: 400,
  payloadTooLarge: 413,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  tooManyRequests: 429,
  unavailable: 503,
  internal: 500,
};

export interface ProblemDetails {
  /** The parameter or body field at fault. */
  field?: string;
  /** For a conflict: what is stored now. */
  current?: unknown;
  /** For a refused field: what it may be, said in both languages ("不在计划年度（2025年）内"). */
  reason?: { zh: string; en: string };
  /** The underlying failure, logged on the server and never sent. */
  cause?: unknown;
}

/** A failure the client is told about, with its contract code. */
export class ApiProblem extends Error {
  readonly field: string | undefined;
  readonly current: unknown;
  readonly reason: ProblemDetails['reason'];

  constructor(
    readonly code: ErrorCode,
    details: ProblemDetails = {},
  ) {
    super(details.field ? `${code}: ${details.field}` : code, { cause: details.cause });
    this.name = 'ApiProblem';
    this.field = details.field;
    this.current = details.current;
    this.reason = details.reason;
  }
}

export function errorBody(
  code: ErrorCode,
  acceptLanguage: string | undefined,
  details: ProblemDetails = {},
): ErrorBody {
  const { field, current, reason } = details;
  const locale = messageLocale(acceptLanguage);
  return {
    error: {
      code,
      message: reason ? reasonedMessage(code, locale, field, reason) : errorMessage(code, locale, field),
      ...(field === undefined ? {} : { field }),
      ...(current === undefined ? {} : { current }),
    },
  };
}

/** "请求内容中的 thresholds.0.deadline 不在计划年度（2025年）内": the field and what it may be. */
function reasonedMessage(
  code: ErrorCode,
  locale: ReturnType<typeof messageLocale>,
  field: string | undefined,
  reason: { zh: string; en: string },
): string {
  if (locale === 'zh')
    return `${code === 'invalidParameter' ? '参数' : '请求内容中的'} ${field ?? ''} ${reason.zh}`;
  return `${code === 'invalidParameter' ? 'The parameter' : 'In the request body,'} "${field ?? ''}" ${reason.en}`;
}

export function errorResponse(c: Context, code: ErrorCode, details: ProblemDetails = {}): Response {
  return c.json(errorBody(code, c.req.header('Accept-Language'), details), errorStatus[code]);
}

export const notFoundHandler: NotFoundHandler = (c) => errorResponse(c, 'notFound');

/** Known problems go out as they are; anything else is a 500 whose details stay in the server log. */
export function createErrorHandler(mode: AppMode): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiProblem) {
      if (mode === 'server' && err.code === 'unavailable')
        console.error('Storage failure:', err.cause ?? err);
      return errorResponse(c, err.code, { field: err.field, current: err.current, reason: err.reason });
    }
    if (mode === 'server') console.error(err);
    return errorResponse(c, 'internal');
  };
}
