import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => buildSeed({ demo: false }));
const benchmarksPath = '/plans/weihai-hitech-2024/admin/benchmarks';
const province = '全省规上工业增加值增速';

describe('the benchmark series screen', { timeout: 90_000 }, () => {
  it('lets an admin add a series and enter it month by month, and says each save is saved', async () => {
    await actAs('admin');
    const { user } = renderApp(benchmarksPath);
    expect(await screen.findByText('还没有对标序列。')).toBeInTheDocument();
    expect(
      screen.getByText('相对目标（如“高于全省”）与之比较的序列，逐月录入，如全省规上工业增加值增速。'),
    ).toBeInTheDocument();

    const add = screen.getByRole('form', { name: '新建序列' });
    await user.type(within(add).getByLabelText('序列名称（中文）'), province);
    await user.type(within(add).getByLabelText('序列名称（英文）'), 'Provincial industrial growth');
    expect(within(add).getByLabelText('单位')).toHaveDisplayValue('%');
    await user.click(within(add).getByRole('button', { name: '新建序列' }));
    // The status region may be on screen, empty, before the save answers: wait for its words.
    await waitFor(() => expect(within(add).getByRole('status')).toHaveTextContent('已保存'));

    const points = await screen.findByRole('form', { name: `“${province}”逐月数值` });
    await user.type(within(points).getByLabelText('3月'), '5.9');
    await user.type(within(points).getByLabelText('4月'), '6.1');
    await user.click(within(points).getByRole('button', { name: '保存逐月数值' }));

    // The form starts afresh from the stored version, the word 已保存 still beside it.
    const saved = () => screen.getByRole('form', { name: `“${province}”逐月数值` });
    await waitFor(() => expect(within(saved()).getByRole('status')).toHaveTextContent('已保存'));
    expect(within(saved()).getByLabelText('3月')).toHaveValue('5.9');
    expect(within(saved()).getByLabelText('4月')).toHaveValue('6.1');
    expect(within(saved()).getByLabelText('5月')).toHaveValue('');
  });

  it('refuses a month that is not a number before sending, and one the server finds out of range beside the month', async () => {
    await actAs('admin');
    const { user } = renderApp(benchmarksPath);
    const add = await screen.findByRole('form', { name: '新建序列' });
    await user.type(within(add).getByLabelText('序列名称（中文）'), province);
    await user.type(within(add).getByLabelText('序列名称（英文）'), 'Provincial industrial growth');
    await user.click(within(add).getByRole('button', { name: '新建序列' }));
    const points = await screen.findByRole('form', { name: `“${province}”逐月数值` });

    await user.type(within(points).getByLabelText('2月'), '五点九');
    await user.click(within(points).getByRole('button', { name: '保存逐月数值' }));
    expect(within(points).getByText('2月：请输入数字')).toBeInTheDocument();
    expect(within(points).getByLabelText('2月')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(points).getByLabelText('2月'));
    await user.type(within(points).getByLabelText('2月'), '1e308');
    await user.click(within(points).getByRole('button', { name: '保存逐月数值' }));
    expect(await within(points).findByText(/^应在 −\S+ 至 \S+ 之间$/)).toBeInTheDocument();
    expect(within(points).getByLabelText('2月')).toHaveAttribute('aria-invalid', 'true');
    expect(within(points).queryByText('已保存')).not.toBeInTheDocument();
  });
});
