/**
 * Where to go after signing in: the `next` address if it is a path of this site, else the
 * overview. A full URL or `//host` is refused, so a link cannot send someone elsewhere.
 */
export function nextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === '/' ? '/signin' : `/signin?next=${encodeURIComponent(path)}`;
}
