/**
 * Stored instants are canonical UTC ISO strings (`2024-03-31T15:59:59.999Z`), so that comparing
 * them as text, as SQL does, orders them in time.
 */
export function canonicalInstant(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new Error(`not an ISO instant: ${text}`);
  return new Date(time).toISOString();
}
