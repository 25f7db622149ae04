import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => buildSeed({ demo: false }));
const departmentsPath = '/plans/weihai-hitech-2024/admin/departments';

describe('the departments screen', { timeout: 90_000 }, () => {
  it('shows an admin the organisation’s departments, adds one and says it is saved', async () => {
    await actAs('admin');
    const { user } = renderApp(departmentsPath);
    const list = await screen.findByRole('region', { name: '部门：威海火炬高技术产业开发区' });
    expect(await within(list).findByText('区统计局')).toBeInTheDocument();
    expect(within(list).getByText('区财政局')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '已停用（可恢复）' })).toHaveTextContent('没有已停用的项目。');

    const add = screen.getByRole('form', { name: '添加部门' });
    await user.type(within(add).getByLabelText('部门名称（中文）'), '区科技创新局');
    await user.type(within(add).getByLabelText('部门名称（英文）'), 'Science and innovation bureau');
    await user.click(within(add).getByRole('button', { name: '添加部门' }));

    // The status region may be on screen, empty, before the save answers: wait for its words.
    await waitFor(() => expect(within(add).getByRole('status')).toHaveTextContent('已保存'));
    expect(await within(list).findByText('区科技创新局')).toBeInTheDocument();
    expect(within(add).getByLabelText('部门名称（中文）')).toHaveValue('');
  });

  it('refuses a second department of the same name beside the name, in words', async () => {
    await actAs('admin');
    const { user } = renderApp(departmentsPath);
    const add = await screen.findByRole('form', { name: '添加部门' });
    await user.type(within(add).getByLabelText('部门名称（中文）'), '区统计局');
    await user.type(within(add).getByLabelText('部门名称（英文）'), 'Statistics bureau');
    await user.click(within(add).getByRole('button', { name: '添加部门' }));

    expect(
      await within(add).findByText('威海火炬高技术产业开发区已有名为“区统计局”的部门'),
    ).toBeInTheDocument();
    expect(within(add).getByLabelText('部门名称（中文）')).toHaveAttribute('aria-invalid', 'true');
  });

  it('tells an editor that only administrators manage departments', async () => {
    await actAs('editor');
    renderApp(departmentsPath);
    expect(await screen.findByRole('alert')).toHaveTextContent('仅管理员可管理计划。');
    expect(screen.queryByRole('form', { name: '添加部门' })).not.toBeInTheDocument();
  });
});
