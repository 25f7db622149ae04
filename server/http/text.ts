/**
 * Text no database should be handed: a NUL character (PostgreSQL refuses it outright) or half of a
 * UTF-16 surrogate pair (not a character at all, so it cannot be stored as UTF-8). Requests that
 * carry either are refused at the edge with a 400 naming the field, on every store alike.
 * Browser-safe.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors';

const invalidCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !invalidCharacter.test(text);
}

/** The path (as `a.b.0`) of the first string or key in `value` that is not storable, or null. */
export function unstorableTextPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path.join('.') || 'body';
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, key].join('.');
    const found = unstorableTextPath(inner, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Refuses a path or query parameter holding text that cannot be stored, or that is not valid percent-encoding. */
export function refuseUnstorableParameters(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    for (const segment of url.pathname.split('/')) {
      const text = decoded(segment);
      if (text === null || !isStorableText(text)) throw new ApiProblem('invalidParameter', { field: 'path' });
    }
    for (const [key, values] of Object.entries(c.req.queries()))
      if (!isStorableText(key) || values.some((text) => !isStorableText(text)))
        throw new ApiProblem('invalidParameter', { field: key });
    await next();
  };
}
