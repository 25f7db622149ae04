import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSeed } from '../../../server/seed';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => buildSeed({ demo: false }));
const workItemsPath = '/plans/weihai-hitech-2024/admin/work-items';
const electronics = '电子信息产业:汽车电子、卫星空间技术、半导体、打印机四条赛道';
const devices = '医疗器械产业:医用成像、介入植入器械、大健康';

/** The writes the page sends, as "METHOD path". */
function watchWrites(): string[] {
  const writes: string[] = [];
  const fetch = globalThis.fetch;
  fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (method !== 'GET') writes.push(`${method} ${new URL(url, 'http://localhost').pathname}`);
    return fetch(input, init);
  });
  return writes;
}

let fetchSpy: { mockRestore(): void } | null = null;
afterEach(() => {
  fetchSpy?.mockRestore();
  fetchSpy = null;
});

describe('the work items screen', { timeout: 90_000 }, () => {
  it('shows an admin each action’s work items with their state in words, and saves a dated progress note', async () => {
    await actAs('admin');
    const { user } = renderApp(workItemsPath);
    const upgrading = await screen.findByRole('region', { name: '产业转型升级' });
    const item = within(upgrading).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent(electronics);
    expect(item).toHaveTextContent('未启动');
    expect(item).toHaveTextContent('尚无进展说明');

    await user.click(within(upgrading).getByRole('button', { name: `更新“${electronics}”的进展` }));
    const progress = within(upgrading).getByRole('form', { name: `更新“${electronics}”的进展` });
    await user.selectOptions(within(progress).getByLabelText('进展状态'), '推进中');
    await user.clear(within(progress).getByLabelText('日期'));
    await user.type(within(progress).getByLabelText('日期'), '2024-05-06');
    await user.type(within(progress).getByLabelText('进展说明'), '半导体项目完成签约');
    await user.click(within(progress).getByRole('button', { name: '保存进展' }));

    // The status region may be on screen, empty, before the save answers: wait for its words.
    await waitFor(() => expect(within(progress).getByRole('status')).toHaveTextContent('已保存'));
    await waitFor(() => expect(within(upgrading).getAllByRole('listitem')[0]).toHaveTextContent('推进中'));
    expect(within(upgrading).getAllByRole('listitem')[0]).toHaveTextContent('2024-05-06：半导体项目完成签约');
  });

  it('refuses a progress note dated after today beside the date, in words', async () => {
    await actAs('admin');
    const { user } = renderApp(workItemsPath);
    const upgrading = await screen.findByRole('region', { name: '产业转型升级' });
    await user.click(within(upgrading).getByRole('button', { name: `更新“${devices}”的进展` }));
    const progress = within(upgrading).getByRole('form', { name: `更新“${devices}”的进展` });
    await user.clear(within(progress).getByLabelText('日期'));
    await user.type(within(progress).getByLabelText('日期'), '2099-01-01');
    await user.type(within(progress).getByLabelText('进展说明'), '提前完成');
    await user.click(within(progress).getByRole('button', { name: '保存进展' }));

    const date = within(progress).getByLabelText('日期');
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(within(progress).getByText(/^不能晚于今天（\d{4}-\d{2}-\d{2}）$/)).toBeInTheDocument();
    expect(within(upgrading).getAllByRole('listitem')[1]).toHaveTextContent('尚无进展说明');
  });

  it('moves a work item down with one write of the action’s new order', async () => {
    await actAs('admin');
    const { user } = renderApp(workItemsPath);
    const upgrading = await screen.findByRole('region', { name: '产业转型升级' });
    const writes = watchWrites();
    await user.click(within(upgrading).getByRole('button', { name: `下移“${electronics}”` }));

    await waitFor(() => expect(within(upgrading).getAllByRole('listitem')[0]).toHaveTextContent(devices));
    expect(within(upgrading).getAllByRole('listitem')[1]).toHaveTextContent(electronics);
    expect(writes).toEqual(['PUT /api/plans/weihai-hitech-2024/order']);
  });
});
