import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { snapshotSummarySchema } from '../../api/presentContract';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs, fetch: pageFetch } = mockSessionServer(() => buildSeed({ demo: true }));

describe('comparing a snapshot with now', { timeout: 90_000 }, () => {
  it('says a target that now awaits its year-end figure awaits its verdict, not that it fell', async () => {
    const session = await actAs('admin');
    const taken = await pageFetch(
      new Request('http://localhost/api/plans/weihai-hitech-2024/snapshots', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken ?? '' },
        body: JSON.stringify({ name: '十月调度会', meetingDate: '2024-10-12', asOf: '2024-09' }),
      }),
    );
    expect(taken.status).toBe(201);
    const { id } = snapshotSummarySchema.parse(await taken.json());

    renderApp(`/plans/weihai-hitech-2024/snapshots/${id}?view=compare`);
    const comparison = await screen.findByRole('region', { name: '与当前对比' });
    const awaiting = await within(comparison).findByRole('heading', { name: '待最终结论' });
    const items = within(awaiting.parentElement!).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent(/年度已结束，待年终数据（快照时为“.+”）/);
    expect(comparison).toHaveTextContent(/待最终结论 [1-9]\d* 项/);
    expect(comparison).not.toHaveTextContent('降为“待年终数据”');
  });
});
