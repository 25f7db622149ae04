import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../api/authContract';
import { errorBody } from '../../../server/http/errors';
import { createMockServer } from '../../../mocks/node';
import { renderApp, resetLocale } from '../../app/testing/renderApp';
import { useLocaleStore } from '../../stores/locale';

configure({ asyncUtilTimeout: 15_000 });

const anonymous: SessionResponse = { user: null, anonymousMayView: true, csrfToken: null };
const signedIn: SessionResponse = {
  user: { id: 'u-wang', username: 'wang', displayName: '王芳', role: 'editor', departments: ['区统计局'] },
  anonymousMayView: true,
  csrfToken: 'csrf-of-wang',
};

/** A server with passwords: wang / right password signs in; the session follows. */
function passwordServer(answer: (body: { username: string; password: string }) => Response | null) {
  let session = anonymous;
  const sent: unknown[] = [];
  return {
    sent,
    handlers: [
      http.get('*/api/session', () => HttpResponse.json(session)),
      http.post('*/api/session', async ({ request }) => {
        const body = (await request.json()) as { username: string; password: string };
        sent.push(body);
        const refusal = answer(body);
        if (refusal) return refusal;
        session = signedIn;
        return HttpResponse.json(signedIn);
      }),
    ],
  };
}

const wrongPassword = () =>
  HttpResponse.json(errorBody('unauthorized', 'zh-CN', { field: 'credentials' }), { status: 401 });

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetLocale());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function openSignIn(route = '/signin') {
  const app = renderApp(route);
  await screen.findByRole('heading', { level: 1, name: '登录' });
  await screen.findByLabelText('用户名');
  return app;
}

describe('the sign-in page', { timeout: 60_000 }, () => {
  it('has labelled fields and says what is missing without sending anything', async () => {
    const backend = passwordServer(() => null);
    server.use(...backend.handlers);
    const { user } = await openSignIn();
    const form = screen.getByRole('button', { name: '登录' }).closest('form');
    if (!form) throw new Error('no sign-in form');
    await user.click(within(form).getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(screen.getByLabelText('用户名')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('密码')).toHaveAttribute('type', 'password');
    expect(backend.sent).toEqual([]);
  });

  it('says the username or password is wrong when the server refuses them', async () => {
    const backend = passwordServer(() => wrongPassword());
    server.use(...backend.handlers);
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('用户名'), 'wang');
    await user.type(screen.getByLabelText('密码'), 'not the password');
    await user.click(screen.getAllByRole('button', { name: '登录' })[0] as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码不正确');
    expect(backend.sent).toEqual([{ username: 'wang', password: 'not the password' }]);
  });

  it('asks to wait after too many failed attempts', async () => {
    server.use(
      ...passwordServer(() => HttpResponse.json(errorBody('tooManyRequests', 'zh-CN'), { status: 429 }))
        .handlers,
    );
    const { user } = await openSignIn();
    await user.type(screen.getByLabelText('用户名'), 'wang');
    await user.type(screen.getByLabelText('密码'), 'guess again');
    await user.click(screen.getAllByRole('button', { name: '登录' })[0] as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('登录失败次数过多,请 15 分钟后再试');
  });

  it('speaks English when English is chosen', async () => {
    server.use(...passwordServer(() => wrongPassword()).handlers);
    useLocaleStore.setState({ locale: 'en-US' });
    const { user } = renderApp('/signin');
    await screen.findByLabelText('Username');
    await user.click(screen.getAllByRole('button', { name: 'Sign in' })[0] as HTMLElement);
    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Username'), 'wang');
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getAllByRole('button', { name: 'Sign in' })[0] as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is incorrect');
  });

  it('signs in, returns to the page it came from and shows who is signed in with 退出登录', async () => {
    server.use(
      ...passwordServer(({ password }) => (password === 'right password' ? null : wrongPassword())).handlers,
    );
    const { user, location } = await openSignIn('/signin?next=%2Fbrief');
    await user.type(screen.getByLabelText('用户名'), 'wang');
    await user.type(screen.getByLabelText('密码'), 'right password');
    await user.click(screen.getAllByRole('button', { name: '登录' })[0] as HTMLElement);
    // The old address of the brief leads on to the brief of the plan it opens.
    await waitFor(() => expect(location().pathname).toMatch(/^\/plans\/[^/]+\/brief$/));
    // The site's header comes first; the brief, once loaded, has a header of its own.
    const header = screen.getAllByRole('banner')[0] as HTMLElement;
    expect(await within(header).findByText('当前用户:王芳(填报员)')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: '退出登录' })).toBeInTheDocument();
  });

  it('never sends anyone off the site after signing in', async () => {
    server.use(...passwordServer(() => null).handlers);
    const { user, location } = await openSignIn('/signin?next=%2F%2Fevil.example%2Fphish');
    await user.type(screen.getByLabelText('用户名'), 'wang');
    await user.type(screen.getByLabelText('密码'), 'right password');
    await user.click(screen.getAllByRole('button', { name: '登录' })[0] as HTMLElement);
    // Home instead: `/`, which opens the plan of the year.
    await waitFor(() => expect(location().pathname).toMatch(/^\/(plans\/[^/]+\/)?$/));
  });
});
