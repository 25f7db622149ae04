/**
 * The overview's first screen is rendered on the server and sent with the API answers it was
 * rendered from, so the browser shows the same figures at once and takes over without asking
 * again. This is how those answers travel inside the page.
 */
import type { QueryKey } from '@tanstack/react-query';
import { isLocale, type Locale } from '../i18n/locales';

export interface FirstScreenQuery {
  queryKey: QueryKey;
  data: unknown;
  /** The API address (below `/api`) the answer was read from. */
  apiPath?: string;
}

export interface FirstScreenState {
  /** The language the page was rendered in; the browser renders anew when it remembers another. */
  locale: Locale;
  /** When the server read the data (milliseconds since 1970). */
  renderedAt: number;
  queries: FirstScreenQuery[];
}

/** The id of the script element that carries the state. */
export const firstScreenStateId = 'first-screen-state';

/** Escaped for a script element: no `</script>` or `<!--` can end it early. */
export function serializeFirstScreenState(state: FirstScreenState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

/** The state embedded in the page, or null when there is none or it is unreadable. */
export function readFirstScreenState(text: string | null | undefined): FirstScreenState | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<FirstScreenState>;
    if (!isLocale(parsed.locale) || !Array.isArray(parsed.queries)) return null;
    if (typeof parsed.renderedAt !== 'number' || !Number.isFinite(parsed.renderedAt)) return null;
    return { locale: parsed.locale, renderedAt: parsed.renderedAt, queries: parsed.queries };
  } catch {
    return null;
  }
}
