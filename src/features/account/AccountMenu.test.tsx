import { buildSeed } from '../../../server/seed';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../api/authContract';
import { createMockServer } from '../../../mocks/node';
import { renderApp, resetLocale } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const admin: SessionResponse = {
  user: { id: 'u-admin', username: 'admin', displayName: '管理员', role: 'admin', departments: [] },
  anonymousMayView: true,
  csrfToken: 'csrf-of-admin',
};

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetLocale());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the account menu in the header', { timeout: 60_000 }, () => {
  it('offers 登录 to an anonymous visitor, coming back to the same page', async () => {
    renderApp('/brief');
    const signIn = await within(screen.getByRole('banner')).findByRole('link', { name: '登录' });
    expect(signIn).toHaveAttribute('href', '/signin?next=%2Fbrief');
  });

  it('shows the signed-in admin with 用户管理, and signs out with the session token', async () => {
    let session = admin;
    const tokensSent: (string | null)[] = [];
    server.use(
      http.get('*/api/session', () => HttpResponse.json(session)),
      http.delete('*/api/session', ({ request }) => {
        tokensSent.push(request.headers.get('X-CSRF-Token'));
        session = { user: null, anonymousMayView: true, csrfToken: null };
        return HttpResponse.json(session);
      }),
    );
    const { user } = renderApp('/');
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('当前用户:管理员(管理员)')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: '用户管理' })).toHaveAttribute('href', '/admin/users');

    await user.click(within(header).getByRole('button', { name: '退出登录' }));
    expect(await within(header).findByRole('link', { name: '登录' })).toBeInTheDocument();
    expect(tokensSent).toEqual(['csrf-of-admin']);
  });

  it('sends anonymous visitors to sign in when the board is closed to them', async () => {
    server.use(
      http.get('*/api/session', () =>
        HttpResponse.json({ user: null, anonymousMayView: false, csrfToken: null }),
      ),
    );
    const brief = `/plans/${buildSeed({ demo: false }).plan.id}/brief`;
    const { location } = renderApp(brief);
    await waitFor(() => expect(location().pathname).toBe('/signin'));
    expect(location().search).toBe(`?next=${encodeURIComponent(brief)}`);
    expect(await screen.findByText('查看本看板需要先登录。')).toBeInTheDocument();
  });
});
