import { configure, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { blurControlsWhenDisabled } from '../../app/testing/focusFixup';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs, fetch: pageFetch } = mockSessionServer(() => buildSeed({ demo: true }));

const indicatorPath = '/indicators/top-ten-industries-domestic-capital?asOf=2024-06';

function summaryFigure(label: string): string {
  const summary = screen.getByRole('region', { name: '当前进度' });
  return within(summary).getByText(label).closest('div')?.textContent ?? '';
}

describe('editing an indicator definition', { timeout: 90_000 }, () => {
  it('lets an admin choose the lead department from the managed list, set a target and a planned path, and shows them on the page', async () => {
    await actAs('admin');
    const { user } = renderApp(indicatorPath);
    await user.click(await screen.findByText('编辑指标定义', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: '编辑指标定义' });

    await user.selectOptions(within(form).getByLabelText('牵头单位'), '区商务部门');
    const value = within(form).getByLabelText('目标值 1');
    await user.clear(value);
    await user.type(value, '120');
    await user.click(within(form).getByLabelText('使用按月平均的序时进度'));
    await user.type(within(form).getByLabelText('6月计划值'), '40');
    await user.click(within(form).getByRole('button', { name: '保存定义' }));

    await waitFor(() => expect(screen.getByText('区商务部门', { selector: 'dd' })).toBeInTheDocument());
    await waitFor(() => expect(summaryFigure('目标')).toContain('120'));
    expect(summaryFigure('序时进度')).toContain('40');
  });

  it('keeps the focus on the save button once the saved definition is shown', async () => {
    await actAs('admin');
    const stop = blurControlsWhenDisabled();
    try {
      const { user } = renderApp(indicatorPath);
      await user.click(await screen.findByText('编辑指标定义', { selector: 'summary' }));
      const form = screen.getByRole('form', { name: '编辑指标定义' });
      await user.selectOptions(within(form).getByLabelText('牵头单位'), '区商务部门');
      const save = within(form).getByRole('button', { name: '保存定义' });
      await user.click(save);

      await waitFor(() => expect(screen.getByText('区商务部门', { selector: 'dd' })).toBeInTheDocument());
      expect(
        within(screen.getByRole('form', { name: '编辑指标定义' })).getByRole('button', { name: '保存定义' }),
      ).toHaveFocus();
      expect(
        within(screen.getByRole('form', { name: '编辑指标定义' })).getByRole('status'),
      ).toHaveTextContent(/已保存/);
    } finally {
      stop();
    }
  });

  it('names the field in error in the user’s language, with every input labelled', async () => {
    await actAs('admin');
    const { user } = renderApp(indicatorPath);
    await user.click(await screen.findByText('编辑指标定义', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: '编辑指标定义' });
    await user.clear(within(form).getByLabelText('目标值 1'));
    await user.type(within(form).getByLabelText('目标值 1'), 'abc');
    await user.click(within(form).getByRole('button', { name: '保存定义' }));
    expect(await within(form).findByText('目标值 1：请输入数字')).toBeInTheDocument();
    expect(within(form).getByLabelText('目标值 1')).toHaveAttribute('aria-invalid', 'true');
    const audit = await axe.run(form, { rules: { 'color-contrast': { enabled: false } } });
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);
  });

  it('says someone else changed the definition when the version read is stale, and loads the latest', async () => {
    const session = await actAs('admin');
    const { user } = renderApp(indicatorPath);
    await user.click(await screen.findByText('编辑指标定义', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: '编辑指标定义' });

    const other = await pageFetch(
      new Request('http://localhost/api/indicators/top-ten-industries-domestic-capital', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken ?? '' },
        body: JSON.stringify({ patch: { leadDepartment: '区财政局' }, expectedVersion: 1 }),
      }),
    );
    expect(other.status).toBe(200);

    await user.selectOptions(within(form).getByLabelText('牵头单位'), '区统计局');
    await user.click(within(form).getByRole('button', { name: '保存定义' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('他人已修改');
    await waitFor(() => expect(alert).toHaveTextContent(session.user?.displayName ?? 'no user'));
    await user.click(within(form).getByRole('button', { name: '载入最新定义' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('form', { name: '编辑指标定义' })).getByLabelText('牵头单位'),
      ).toHaveValue('区财政局'),
    );
  });

  it('shows no editor to an editor who is not an admin', async () => {
    await actAs('editor');
    renderApp(indicatorPath);
    expect(await screen.findByRole('heading', { level: 1, name: '“十强”产业到位内资' })).toBeInTheDocument();
    expect(screen.queryByText('编辑指标定义')).not.toBeInTheDocument();
  });
});
