import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';
import { buildSeed } from '../../../server/seed';

configure({ asyncUtilTimeout: 15_000 });

// Accounts name departments from the managed list, so the plan's departments are there.
const { actAs, fetch: pageFetch } = mockSessionServer(() => buildSeed({ demo: false }));

function accountsTable() {
  return screen.getByRole('table', { name: '全部用户及其角色、牵头单位和状态' });
}

describe('the users page', { timeout: 60_000 }, () => {
  it('asks anonymous visitors to sign in and tells others that only admins manage users', async () => {
    renderApp('/admin/users');
    expect(await screen.findByRole('link', { name: '请先以管理员身份登录。' })).toHaveAttribute(
      'href',
      '/signin?next=%2Fadmin%2Fusers',
    );
    await actAs('editor');
    renderApp('/admin/users');
    expect(await screen.findByText('只有管理员可以管理用户。')).toBeInTheDocument();
  });

  it('lists the accounts and adds an editor for two departments', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    expect(
      await within(await screen.findByRole('table', { name: '全部用户及其角色、牵头单位和状态' })).findByText(
        'demo-admin(本人)',
      ),
    ).toBeInTheDocument();

    const form = screen.getByRole('form', { name: '添加用户' });
    await user.type(within(form).getByLabelText('用户名'), 'wang');
    await user.type(within(form).getByLabelText('姓名'), '王芳');
    await user.selectOptions(within(form).getByLabelText('角色'), '填报员');
    const departments = within(form).getByRole('group', { name: '牵头单位' });
    expect(departments).toHaveAccessibleDescription('填报员只能填报所选单位牵头的指标。');
    await user.click(await within(departments).findByRole('checkbox', { name: '区统计局' }));
    await user.click(within(departments).getByRole('checkbox', { name: '区财政局' }));
    await user.type(within(form).getByLabelText('初始密码'), 'a long password');
    await user.click(within(form).getByRole('button', { name: '添加' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('已添加用户 wang。');
    const row = (await within(accountsTable()).findByText('wang')).closest('tr');
    expect(row).toHaveTextContent('王芳填报员区统计局、区财政局启用');

    // The change log says who added it.
    const changes = await screen.findByRole('table', { name: '最近的账户变更:谁在何时新建或修改了哪个账户' });
    const added = (
      await within(changes).findByText('新建账户:王芳(wang),填报员(区统计局、区财政局)')
    ).closest('tr');
    expect(added).toHaveTextContent('演示管理员(demo-admin)');
  });

  it('adds a reviewer scoped to a department chosen from the managed list', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    const form = await screen.findByRole('form', { name: '添加用户' });
    await user.type(within(form).getByLabelText('用户名'), 'qian');
    await user.type(within(form).getByLabelText('姓名'), '钱审核');
    await user.selectOptions(within(form).getByLabelText('角色'), '审核员');
    const departments = within(form).getByRole('group', { name: '牵头单位' });
    expect(departments).toHaveAccessibleDescription('审核员只审核所选单位的数据;一个都不选,则审核全部单位。');
    await user.click(await within(departments).findByRole('checkbox', { name: '区统计局' }));
    await user.type(within(form).getByLabelText('初始密码'), 'a long password');
    await user.click(within(form).getByRole('button', { name: '添加' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('已添加用户 qian。');
    const row = (await within(accountsTable()).findByText('qian')).closest('tr');
    expect(row).toHaveTextContent('钱审核审核员区统计局启用');
  });

  it('offers no departments to a viewer or an admin', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    const form = await screen.findByRole('form', { name: '添加用户' });
    expect(within(form).getByRole('group', { name: '牵头单位' })).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('角色'), '查看者');
    expect(within(form).queryByRole('group', { name: '牵头单位' })).toBeNull();
  });

  it('says why the server refused a guessable password', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    const form = await screen.findByRole('form', { name: '添加用户' });
    await user.type(within(form).getByLabelText('用户名'), 'zhao');
    await user.type(within(form).getByLabelText('姓名'), '赵');
    await user.type(within(form).getByLabelText('初始密码'), 'password12');
    await user.click(within(form).getByRole('button', { name: '添加' }));
    expect(await within(form).findByText(/不能是常见密码\(如 password12\)/)).toBeInTheDocument();
  });

  it('explains a username and a password that are not allowed', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    const form = await screen.findByRole('form', { name: '添加用户' });
    await user.type(within(form).getByLabelText('用户名'), '王 芳');
    await user.click(within(form).getByRole('button', { name: '添加' }));
    expect(await within(form).findByText(/用户名为 2 到 40 个字符/)).toBeInTheDocument();
    expect(within(form).getByText('密码应为 10 到 128 个字符')).toBeInTheDocument();
  });

  it('disables an account, which then shows as 已停用', async () => {
    const admin = await actAs('admin');
    await pageFetch(
      new Request('http://localhost/api/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': admin.csrfToken ?? '' },
        body: JSON.stringify({
          username: 'li',
          displayName: '李雷',
          role: 'viewer',
          departments: [],
          password: 'river-lamp-2024',
        }),
      }),
    );
    const { user } = renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: '编辑 li' }));
    const edit = screen.getByRole('form', { name: '编辑 李雷(li)' });
    await user.click(within(edit).getByLabelText('停用此账户(停用后立即退出所有登录)'));
    await user.click(within(edit).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已保存 李雷 的修改。');
    await waitFor(() =>
      expect(within(accountsTable()).getByText('li').closest('tr')).toHaveTextContent('已停用'),
    );
  });

  it('refills the form with the account as it stands when someone else changed it first', async () => {
    const admin = await actAs('admin');
    const { user } = renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: '编辑 demo-admin' }));
    const edit = screen.getByRole('form', { name: '编辑 演示管理员(demo-admin)' });

    // Meanwhile another admin renames the account.
    await pageFetch(
      new Request(`http://localhost/api/users/${admin.user?.id ?? ''}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': admin.csrfToken ?? '' },
        body: JSON.stringify({ version: 1, displayName: '另一位管理员改的名字' }),
      }),
    );

    await user.clear(within(edit).getByLabelText('姓名'));
    await user.type(within(edit).getByLabelText('姓名'), '管理员甲');
    await user.click(within(edit).getByRole('button', { name: '保存' }));
    expect(await within(edit).findByRole('alert')).toHaveTextContent(
      '该用户已被他人修改,表单已更新为最新内容',
    );
    expect(within(edit).getByLabelText('姓名')).toHaveValue('另一位管理员改的名字');

    await user.clear(within(edit).getByLabelText('姓名'));
    await user.type(within(edit).getByLabelText('姓名'), '管理员甲');
    await user.click(within(edit).getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已保存 管理员甲 的修改。');
  });

  it('refuses to demote the last admin and says why', async () => {
    await actAs('admin');
    const { user } = renderApp('/admin/users');
    await screen.findByText('demo-admin(本人)');
    await user.click(screen.getByRole('button', { name: '编辑 demo-admin' }));
    const edit = screen.getByRole('form', { name: /^编辑 / });
    await user.selectOptions(within(edit).getByLabelText('角色'), '查看者');
    await user.click(within(edit).getByRole('button', { name: '保存' }));
    expect(await within(edit).findByRole('alert')).toHaveTextContent('不能停用或降级最后一位可用的管理员');
  });
});
