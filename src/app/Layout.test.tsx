import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockApp } from '../../mocks/mockApp';
import { createMockServer } from '../../mocks/node';
import { renderApp, resetLocale } from './testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetLocale());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The seeded plan as the server holds it, but without any demo figure. */
const withoutDemoData = http.get('*/api/plans/:planId', async ({ request }) => {
  const response = await (await mockApp()).fetch(request);
  const body = (await response.json()) as Record<string, unknown>;
  return HttpResponse.json({ ...body, hasDemoData: false });
});

describe('the layout', { timeout: 60_000 }, () => {
  it('names the board and the plan in its header, with a skip link to the main content', async () => {
    renderApp('/');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: '目标看板' })).toBeInTheDocument();
    expect(await within(header).findByText('威海高区2024年经济社会发展目标')).toBeInTheDocument();
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    expect(skip).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
  });

  it('shows the demo data badge while demo figures are stored', async () => {
    renderApp('/');
    expect(await within(screen.getByRole('banner')).findByText('示例数据')).toBeInTheDocument();
  });

  it('shows no demo data badge when every figure is real', async () => {
    server.use(withoutDemoData);
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: '2024年目标总览' });
    expect(within(screen.getByRole('banner')).queryByText('示例数据')).not.toBeInTheDocument();
  });

  it('says so when an address leads nowhere', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回总览' })).toHaveAttribute('href', '/');
  });
});
