import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => buildSeed({ demo: true }));

describe('mapping actions to central tasks', { timeout: 90_000 }, () => {
  it('lets an admin tick a central task for an action, after which the task filter shows that action', async () => {
    await actAs('admin');
    const { user } = renderApp('/?task=industry-upgrade');
    await user.click(await screen.findByText('设置行动与中心任务的对应关系', { selector: 'summary' }));
    expect(screen.queryByRole('heading', { level: 3, name: /招商引资突破/ })).not.toBeInTheDocument();

    const group = screen.getByRole('group', { name: '招商引资突破 对应的中心任务' });
    await user.click(within(group).getByRole('checkbox', { name: '产业提级' }));
    await user.click(within(group).getByRole('button', { name: '保存“招商引资突破”的对应关系' }));

    expect(await screen.findByRole('heading', { level: 3, name: /招商引资突破/ })).toBeInTheDocument();
  });

  it('shows no mapping to visitors who are not admins', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: /招商引资突破/ })).toBeInTheDocument();
    expect(screen.queryByText('设置行动与中心任务的对应关系')).not.toBeInTheDocument();
  });
});
