/**
 * Where switching plans leads: the same screen of the other plan where that screen exists there
 * (projects, decks, brief…); from one record (an indicator, a project, a snapshot, a slide) to
 * the list it belongs to, since the other plan has records of its own. Filters in the query
 * string stay; what names a month or a record of the first plan (asOf, period, deck…) does not.
 */
import { planAddressOf, planPath } from './planAddress';

/** Query parameters that only make sense within the plan they were chosen in. */
const planBoundParams = ['asOf', 'period', 'behind', 'deck', 'indicatorId'];

/** The screen of a plan a record's page falls back to ('' is the overview). */
const listOfRecord: Record<string, string> = {
  indicators: '',
  projects: 'projects',
  snapshots: 'snapshots',
  present: 'present',
};

export function samePlaceIn(planId: string, pathname: string, search: string): string {
  const here = planAddressOf(pathname);
  if (!here) return planPath(planId);
  const [first = '', ...rest] = here.screen.split('/').filter(Boolean);
  const screen = rest.length > 0 ? (listOfRecord[first] ?? first) : first;
  const params = new URLSearchParams(search);
  for (const name of planBoundParams) params.delete(name);
  const query = params.toString();
  return planPath(planId, screen) + (query ? `?${query}` : '');
}
