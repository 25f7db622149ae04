/**
 * Addresses inside a plan: every screen of a plan sits under `/plans/:planId/`, so a link always
 * says which plan it shows.
 */
export const planListPath = '/plans';

/** The address of a plan's screen: `screen` is the part after `/plans/:planId/` ('' for the overview). */
export function planPath(planId: string, screen = ''): string {
  return `${planListPath}/${encodeURIComponent(planId)}/${screen.replace(/^\/+/, '')}`;
}

/** The plan an address names and the screen within it, or null outside any plan. */
export function planAddressOf(pathname: string): { planId: string; screen: string } | null {
  const match = /^\/plans\/([^/]+)(?:\/(.*))?$/.exec(pathname);
  if (!match?.[1]) return null;
  let planId: string;
  try {
    planId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { planId, screen: match[2] ?? '' };
}
