/**
 * For write routes: a 1 MB body limit and a JSON reader that checks the body against a schema.
 * Every failure is a contract error: 413 `payloadTooLarge`, or 400 `invalidBody` naming the field
 * (text holding a NUL or half a surrogate pair included: see text.ts).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { ApiProblem, errorResponse } from './errors';
import { issueProblem } from './parameters';
import { unstorableTextPath } from './text';

export const maxBodyBytes = 1024 * 1024;

export const writeBodyLimit: MiddlewareHandler = bodyLimit({
  maxSize: maxBodyBytes,
  // The rest of the body is never read, so the connection cannot carry another request.
  onError: (c) => {
    c.header('Connection', 'close');
    return errorResponse(c, 'payloadTooLarge');
  },
});

/** Reads the JSON body and parses it with `schema` (make it `.strict()` to refuse unknown fields). */
export async function readJsonBody<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
): Promise<z.infer<Schema>> {
  const contentType = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(contentType))
    throw new ApiProblem('invalidBody', { field: 'body' });
  const text = await c.req.text();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new ApiProblem('invalidBody', { field: 'body' });
  }
  const unstorable = unstorableTextPath(payload);
  if (unstorable !== null) throw new ApiProblem('invalidBody', { field: unstorable });
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw issueProblem('invalidBody', issue, 'body');
  }
  return parsed.data;
}
