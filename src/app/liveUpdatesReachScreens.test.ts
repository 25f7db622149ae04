/**
 * Live updates reach every screen: each change someone else saves refreshes the queries the
 * screens that show it really use. The keys here are the screens' own (their query options),
 * never copies, so a key that drifts from what live updates refresh fails this test.
 */
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../api/liveContract';
import { unreadCountQueryOptions } from '../features/alerts/api/notifications';
import { auditQueryOptions } from '../features/audit/api/get-audit';
import { deckQueryOptions } from '../features/present/api/get-deck';
import { decksQueryOptions } from '../features/present/api/get-decks';
import { projectQueryOptions } from '../features/projects/api/get-project';
import { projectsQueryOptions } from '../features/projects/api/get-projects';
import { projectsBehindQueryOptions } from '../features/projects/api/get-projects-behind';
import { comparisonQueryOptions } from '../features/snapshots/api/get-comparison';
import { snapshotQueryOptions } from '../features/snapshots/api/get-snapshot';
import { indicatorQueryOptions } from '../lib/api/get-indicator';
import { indicatorAuditQueryOptions } from '../lib/api/get-indicator-audit';
import { planTreeQueryOptions } from '../lib/api/get-plan-tree';
import { plansQueryOptions } from '../lib/api/get-plans';
import { sessionQueryOptions } from '../lib/api/get-session';
import { applyLiveEvent } from './liveUpdates';

const planId = 'weihai-hitech-2024';

/** What each screen has on screen, by the query options it reads with. */
const screens = {
  overview: planTreeQueryOptions(planId, undefined).queryKey,
  overviewInMarch: planTreeQueryOptions(planId, '2024-03').queryKey,
  plans: plansQueryOptions().queryKey,
  gdpPage: indicatorQueryOptions('gdp-growth', undefined).queryKey,
  gdpPageInMarch: indicatorQueryOptions('gdp-growth', '2024-03').queryKey,
  gdpHistory: indicatorAuditQueryOptions('gdp-growth').queryKey,
  retailSalesPage: indicatorQueryOptions('retail-sales-growth', undefined).queryKey,
  startRateProjectsBehind: projectsBehindQueryOptions('project-start-rate', '2024-03').queryKey,
  projectList: projectsQueryOptions(planId, undefined).queryKey,
  projectPage: projectQueryOptions('wh-2024-001').queryKey,
  otherProjectPage: projectQueryOptions('wh-2024-002').queryKey,
  changeLog: auditQueryOptions({ actor: 'wang' }).queryKey,
  snapshotComparison: comparisonQueryOptions('snapshot-1').queryKey,
  snapshotAsTaken: snapshotQueryOptions('snapshot-1').queryKey,
  deckList: decksQueryOptions(planId).queryKey,
  deck: deckQueryOptions('deck-1').queryKey,
  session: sessionQueryOptions().queryKey,
  bell: unreadCountQueryOptions(true).queryKey,
} satisfies Record<string, QueryKey>;

type Screen = keyof typeof screens;

/** The screens an event refreshes, after every screen has loaded. */
async function refreshedBy(event: LiveEvent): Promise<Screen[]> {
  const queryClient = new QueryClient();
  const names = Object.keys(screens) as Screen[];
  for (const name of names) queryClient.setQueryData<unknown>(screens[name], { loaded: true });
  await applyLiveEvent(queryClient, event);
  return names.filter((name) => queryClient.getQueryState(screens[name])?.isInvalidated);
}

describe('live updates reach every screen that shows the change', () => {
  it('a figure saved elsewhere rings the bell at once: its alert was raised in the same change', async () => {
    expect(await refreshedBy({ type: 'values', planId, ids: ['gdp-growth'] })).toContain('bell');
  });

  it('a figure saved elsewhere refreshes the overview at every month, that indicator, its history, the log and comparisons', async () => {
    expect(await refreshedBy({ type: 'values', planId, ids: ['gdp-growth'] })).toEqual([
      'overview',
      'overviewInMarch',
      'gdpPage',
      'gdpPageInMarch',
      'gdpHistory',
      'changeLog',
      'snapshotComparison',
      'bell',
    ]);
  });

  it('a derived indicator saved elsewhere refreshes the projects holding it back', async () => {
    expect(await refreshedBy({ type: 'indicator', planId, ids: ['project-start-rate'] })).toContain(
      'startRateProjectsBehind',
    );
  });

  it('a project changed elsewhere refreshes the project list, that project, every indicator and what holds them back', async () => {
    expect(await refreshedBy({ type: 'projects', planId, ids: ['wh-2024-001'] })).toEqual([
      'overview',
      'overviewInMarch',
      'gdpPage',
      'gdpPageInMarch',
      'gdpHistory',
      'retailSalesPage',
      'startRateProjectsBehind',
      'projectList',
      'projectPage',
      'changeLog',
      'snapshotComparison',
      'bell',
    ]);
  });

  it('a plan changed elsewhere refreshes the list of plans too', async () => {
    expect(await refreshedBy({ type: 'plan', planId, ids: [] })).toEqual([
      'overview',
      'overviewInMarch',
      'plans',
      'gdpHistory',
      'changeLog',
      'snapshotComparison',
      'bell',
    ]);
  });

  it('a deck saved elsewhere refreshes the deck list and that deck, and no figures', async () => {
    expect(await refreshedBy({ type: 'presentations', planId, ids: ['deck-1'] })).toEqual([
      'deckList',
      'deck',
    ]);
  });

  it('never refreshes who is signed in, nor a snapshot as it was taken', async () => {
    for (const type of ['values', 'indicator', 'plan', 'projects', 'workItems', 'presentations'] as const) {
      const refreshed = await refreshedBy({ type, planId, ids: ['gdp-growth'] });
      expect(refreshed).not.toContain('session');
      expect(refreshed).not.toContain('snapshotAsTaken');
    }
  });
});
