/**
 * A request id on every answer, and one JSON line per request for the log. The id is the client's
 * or proxy's `X-Request-Id` when it is a plausible one, else a new UUID; it goes back in the
 * answer's `X-Request-Id`, so a user's report and a proxy's log can be matched with this log.
 */
import type { MiddlewareHandler } from 'hono';

const requestIdHeader = 'X-Request-Id';
const plausibleId = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestLogLine {
  time: string;
  level: 'info' | 'warn' | 'error';
  msg: 'request';
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
}

/** Writes each line as JSON to `write`, or logs nothing without one. */
export function requestLog(write?: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header(requestIdHeader);
    const requestId = given !== undefined && plausibleId.test(given) ? given : crypto.randomUUID();
    c.header(requestIdHeader, requestId);
    await next();
    c.res.headers.set(requestIdHeader, requestId);
    if (!write) return;
    const status = c.res.status;
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
      msg: 'request',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    write(JSON.stringify(line));
  };
}
