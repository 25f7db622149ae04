/**
 * Text no database should be handed: a NUL character (PostgreSQL refuses it outright) or half of a
 * UTF-16 surrogate pair (not a character at all, so it cannot be stored as UTF-8). Requests that
 * carry either are refused at the edge with a 400 naming the field, on every store alike; so is
 * JSON nested deeper than any request needs (it would exhaust the stack of whatever walks it).
 * Browser-safe.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors';

const invalidCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !invalidCharacter.test(text);
}

/** Deeper than any request of the contract nests, and far from the stack's limit. */
export const maxJsonDepth = 64;

/**
 * The path (as `a.b.0`) of the first string or key in `value` that is not storable, or of the
 * first value nested deeper than maxJsonDepth; null when there is none. Walks without recursion,
 * so no nesting can exhaust the stack.
 */
export function unstorableTextPath(value: unknown): string | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const where = item.path.join('.') || 'body';
    if (typeof item.value === 'string') {
      if (!isStorableText(item.value)) return where;
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.path.length >= maxJsonDepth) return where;
    const entries = Object.entries(item.value);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, inner] = entries[index] as [string, unknown];
      if (!isStorableText(key)) return [...item.path, key].join('.');
      pending.push({ value: inner, path: [...item.path, key] });
    }
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
    // Only a %-escape can carry a NUL or half a surrogate pair into an address: most requests
    // have none and need no decoding at all.
    if (!c.req.url.includes('%')) return next();
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
