import { configure, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs, fetch: pageFetch } = mockSessionServer(() => buildSeed({ demo: false }));
const framePath = '/plans/weihai-hitech-2024/admin';

describe('the frame editor', { timeout: 90_000 }, () => {
  it('lets an admin rename a central task and retire it, after which it is listed apart and can be restored', async () => {
    await actAs('admin');
    const { user } = renderApp(framePath);
    const tasks = await screen.findByRole('region', { name: '中心任务' });
    await user.click(await within(tasks).findByRole('button', { name: '重命名“城市提质”' }));
    const rename = screen.getByRole('form', { name: '重命名“城市提质”' });
    await user.clear(within(rename).getByLabelText('名称（中文）'));
    await user.type(within(rename).getByLabelText('名称（中文）'), '城市品质提升');
    await user.click(within(rename).getByRole('button', { name: '保存' }));
    expect(await within(tasks).findByText('城市品质提升')).toBeInTheDocument();

    await user.click(within(tasks).getByRole('button', { name: '停用“城市品质提升”' }));
    const retired = screen.getByRole('region', { name: '已停用（可恢复）' });
    expect(await within(retired).findByRole('button', { name: '恢复“城市品质提升”' })).toBeInTheDocument();
    expect(within(tasks).queryByText('城市品质提升')).not.toBeInTheDocument();
    const audit = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('says a rename met a newer change and shows what is stored now', async () => {
    const session = await actAs('admin');
    const { user } = renderApp(framePath);
    const tasks = await screen.findByRole('region', { name: '中心任务' });
    await user.click(await within(tasks).findByRole('button', { name: '重命名“产业提级”' }));

    const other = await pageFetch(
      new Request('http://localhost/api/plans/weihai-hitech-2024/central-tasks/industry-upgrade', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken ?? '' },
        body: JSON.stringify({
          patch: { name: { zh: '产业升级', en: 'Upgrade industry' } },
          expectedVersion: 1,
        }),
      }),
    );
    expect(other.status).toBe(200);

    const rename = screen.getByRole('form', { name: '重命名“产业提级”' });
    await user.type(within(rename).getByLabelText('名称（中文）'), '（新）');
    await user.click(within(rename).getByRole('button', { name: '保存' }));
    const alert = await within(rename).findByRole('alert');
    expect(alert).toHaveTextContent('他人已修改此项');
    expect(alert).toHaveTextContent('v2');
  });

  it('tells an editor that only administrators manage plans, and offers no link to it', async () => {
    await actAs('editor');
    renderApp(framePath);
    expect(await screen.findByRole('alert')).toHaveTextContent('仅管理员可管理计划。');
    await waitFor(() => expect(screen.queryByRole('link', { name: '计划管理' })).not.toBeInTheDocument());
  });
});
