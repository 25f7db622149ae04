/**
 * The plan last chosen on this browser: kept in local storage for the browser, and in a cookie so
 * that the server, rendering `/`, opens the same plan.
 */
export const planCookieName = 'plan';
const storageKey = 'target-board.plan';
const oneYearSeconds = 60 * 60 * 24 * 365;

export function rememberPlan(planId: string): void {
  try {
    localStorage.setItem(storageKey, planId);
  } catch {
    // Storage refused (a private window): the cookie still remembers.
  }
  if (typeof document !== 'undefined') {
    document.cookie = `${planCookieName}=${encodeURIComponent(planId)}; Path=/; Max-Age=${oneYearSeconds}; SameSite=Lax`;
  }
}

export function rememberedPlanId(): string | null {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored) return stored;
  } catch {
    // No storage: fall back to the cookie.
  }
  if (typeof document === 'undefined') return null;
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${planCookieName}=`));
  if (!entry) return null;
  try {
    return decodeURIComponent(entry.slice(planCookieName.length + 1)) || null;
  } catch {
    return null;
  }
}
