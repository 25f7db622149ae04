import { configure, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs, fetch: pageFetch } = mockSessionServer(() => buildSeed({ demo: false }));

/** The seed plan's template as the export gives it, with `change` applied to its text. */
async function seedTemplate(change: (text: string) => string = (text) => text): Promise<File> {
  const response = await pageFetch(new Request('http://localhost/api/plans/weihai-hitech-2024/template.csv'));
  expect(response.status).toBe(200);
  return new File([change(await response.text())], '计划模板.csv', { type: 'text/csv' });
}

describe('importing a plan from a template', { timeout: 90_000 }, () => {
  it('shows the plan a template would create and, once confirmed, opens the new plan', async () => {
    await actAs('admin');
    const file = await seedTemplate();
    const { user, location } = renderApp('/admin/plans/import');
    const input = await screen.findByLabelText('选择文件（Excel .xlsx 或 CSV）');
    await user.upload(input, file);

    expect(await screen.findByText('检查通过：确认后将创建下面的计划。')).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: '将创建的计划' });
    expect(within(preview).getByText('威海高区2024年经济社会发展目标')).toBeInTheDocument();
    expect(within(preview).getByText('地区生产总值')).toBeInTheDocument();
    expect(within(preview).getByRole('heading', { name: '指标（16 项）' })).toBeInTheDocument();
    const audit = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(audit.violations.map((violation) => violation.id)).toEqual([]);

    await user.click(screen.getByRole('button', { name: '确认创建计划' }));
    await waitFor(() => expect(location().pathname).toMatch(/^\/plans\/plan-2024-[a-z0-9]+\/?$/));
  });

  it('lists each problem by sheet, row and column and offers no confirmation', async () => {
    await actAs('admin');
    const file = await seedTemplate((text) => text.replace('"增速"', '"百分率"'));
    const { user } = renderApp('/admin/plans/import');
    await user.upload(await screen.findByLabelText('选择文件（Excel .xlsx 或 CSV）'), file);

    expect(await screen.findByText(/发现 1 个问题/)).toBeInTheDocument();
    const problems = screen.getByRole('region', { name: '问题清单' });
    const row = within(problems).getByRole('row', { name: /百分率/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '指标',
      expect.stringMatching(/^\d+$/),
      '类型',
      expect.stringContaining('“百分率”无效，可填：增速、累计个数'),
    ]);
    expect(screen.queryByRole('button', { name: '确认创建计划' })).not.toBeInTheDocument();
  });

  it('tells an editor that only administrators manage plans', async () => {
    await actAs('editor');
    renderApp('/admin/plans/import');
    expect(await screen.findByRole('alert')).toHaveTextContent('仅管理员可管理计划。');
    expect(screen.queryByLabelText('选择文件（Excel .xlsx 或 CSV）')).not.toBeInTheDocument();
  });

  it('offers the plan template for export on the plan’s administration page', async () => {
    await actAs('admin');
    renderApp('/plans/weihai-hitech-2024/admin');
    const panel = await screen.findByRole('region', { name: '导出计划模板' });
    expect(within(panel).getByRole('button', { name: '导出模板（Excel）' })).toBeEnabled();
    expect(within(panel).getByRole('button', { name: '导出模板（CSV）' })).toBeEnabled();
  });

  it('leads from the plan list to the import', async () => {
    await actAs('admin');
    const { user, location } = renderApp('/admin/plans');
    await user.click(await screen.findByRole('link', { name: '从模板导入计划' }));
    expect(location().pathname).toBe('/admin/plans/import');
    expect(await screen.findByRole('heading', { name: '从模板导入计划', level: 1 })).toBeInTheDocument();
  });
});
