import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { indicatorQueryOptions } from '../../../lib/api/get-indicator';
import { planTreeQueryOptions } from '../../../lib/api/get-plan-tree';
import { invalidateIndicators } from './save-values';

describe('after figures are saved', () => {
  it('the plan at every month and each saved indicator at every month are fetched again, and no other indicator', async () => {
    // The keys the overview and the indicator page read with, not copies of them.
    const shown: Record<string, QueryKey> = {
      overview: planTreeQueryOptions('weihai-hitech-2024', undefined).queryKey,
      overviewInMarch: planTreeQueryOptions('weihai-hitech-2024', '2024-03').queryKey,
      gdp: indicatorQueryOptions('gdp-growth', undefined).queryKey,
      gdpInMarch: indicatorQueryOptions('gdp-growth', '2024-03').queryKey,
      retailSales: indicatorQueryOptions('retail-sales-growth', undefined).queryKey,
    };
    const queryClient = new QueryClient();
    for (const key of Object.values(shown)) queryClient.setQueryData(key, { loaded: true });

    await invalidateIndicators(queryClient, 'weihai-hitech-2024', ['gdp-growth']);

    const refreshed = Object.keys(shown).filter(
      (name) => queryClient.getQueryState(shown[name] ?? [])?.isInvalidated,
    );
    expect(refreshed).toEqual(['overview', 'overviewInMarch', 'gdp', 'gdpInMarch']);
  });
});
