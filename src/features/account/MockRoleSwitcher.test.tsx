import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

vi.mock('../../lib/mockMode', () => ({ isMockMode: true }));
configure({ asyncUtilTimeout: 15_000 });

mockSessionServer(() => null);

describe('the role switch of the mock', { timeout: 60_000 }, () => {
  it('stands in for signing in: the chosen role is pressed, and an admin gets 用户管理', async () => {
    const { user } = renderApp('/');
    const header = screen.getByRole('banner');
    const switcher = await within(header).findByRole('group', { name: '模拟模式:角色切换代替登录' });
    expect(within(switcher).getByText('模拟模式:角色切换代替登录')).toBeVisible();
    expect(within(switcher).getByRole('button', { name: '访客' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(switcher).getByRole('button', { name: '管理员' }));
    await waitFor(() =>
      expect(within(switcher).getByRole('button', { name: '管理员' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(within(header).getByRole('link', { name: '用户管理' })).toHaveAttribute('href', '/admin/users');

    await user.click(within(switcher).getByRole('button', { name: '填报员' }));
    await waitFor(() =>
      expect(within(switcher).getByRole('button', { name: '填报员' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(within(header).queryByRole('link', { name: '用户管理' })).not.toBeInTheDocument();

    await user.click(within(switcher).getByRole('button', { name: '访客' }));
    await waitFor(() =>
      expect(within(switcher).getByRole('button', { name: '访客' })).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('points the sign-in page to the role switch, since the mock has no passwords', async () => {
    renderApp('/signin');
    expect(await screen.findByText('模拟模式下没有密码登录,请使用页面顶部的角色切换。')).toBeInTheDocument();
    expect(screen.queryByLabelText('密码')).not.toBeInTheDocument();
  });
});
