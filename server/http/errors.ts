/**
 * One error shape for every failure: `{ error: { code, message, field? } }`, with the message in
 * the request's language. Handlers throw an ApiProblem; the app's error handler turns it into JSON.
 */
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../src/api/contract';
import type { NumberRange } from '../../src/domain/numberRange';
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
  /** For a number out of range: the range allowed, which the message names. */
  range?: NumberRange;
  /** The underlying failure, logged on the server and never sent. */
  cause?: unknown;
}

/** A failure the client is told about, with its contract code. */
export class ApiProblem extends Error {
  readonly field: string | undefined;
  readonly current: unknown;
  readonly range: NumberRange | undefined;

  constructor(
    readonly code: ErrorCode,
    details: ProblemDetails = {},
  ) {
    super(details.field ? `${code}: ${details.field}` : code, { cause: details.cause });
    this.name = 'ApiProblem';
    this.field = details.field;
    this.current = details.current;
    this.range = details.range;
  }
}

export function errorBody(
  code: ErrorCode,
  acceptLanguage: string | undefined,
  details: ProblemDetails = {},
): ErrorBody {
  const { field, current, range } = details;
  return {
    error: {
      code,
      message: errorMessage(code, messageLocale(acceptLanguage), field, range),
      ...(field === undefined ? {} : { field }),
      ...(current === undefined ? {} : { current }),
    },
  };
}

export function errorResponse(c: Context, code: ErrorCode, details: ProblemDetails = {}): Response {
  return c.json(errorBody(code, c.req.header('Accept-Language'), details), errorStatus[code]);
}

export const notFoundHandler: NotFoundHandler = (c) => errorResponse(c, 'notFound');

/** Known problems go out as they are; anything else is a 500 whose details stay in the server log. */
export function createErrorHandler(mode: AppMode): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiProblem) {
      if (mode === 'server' && err.code === 'unavailable' && err.cause !== undefined)
        console.error('Storage failure:', err.cause);
      return errorResponse(c, err.code, { field: err.field, current: err.current, range: err.range });
    }
    if (mode === 'server') console.error(err);
    return errorResponse(c, 'internal');
  };
}
