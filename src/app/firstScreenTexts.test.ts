/**
 * The overview's first load carries only the texts it shows: the server renders its first screen
 * with the bundled namespaces alone, for a visitor and for an admin, in both languages, and never
 * loads a feature's texts to do so. (Node, without the component tests' preloading of every
 * namespace.)
 */
import { describe, expect, it, vi } from 'vitest';
import { mockApp } from '../../mocks/mockApp';
import type { SessionResponse } from '../api/authContract';
import { renderFirstScreen } from '../entry-server';
import { bundledNamespaces, namespaceLoaders, type LoadedNamespace } from '../i18n/resources';
import { sessionQueryOptions } from '../lib/api/get-session';
import { firstScreenQueries, type ApiRead } from './firstScreenQueries';
import type { FirstScreenState } from './firstScreenState';

const read: ApiRead = async (apiPath) => {
  const response = await (await mockApp()).request(`/api${apiPath}`);
  return response.ok ? ((await response.json()) as unknown) : undefined;
};

const admin: SessionResponse = {
  user: { id: 'u-admin', username: 'admin', displayName: '管理员甲', role: 'admin', departments: [] },
  anonymousMayView: true,
  csrfToken: 'token',
};

async function render(locale: FirstScreenState['locale'], session?: SessionResponse): Promise<string> {
  const queries = (await firstScreenQueries(new URL('http://localhost/plans/weihai-hitech-2024/'), read)) ?? [];
  if (session) queries.push({ queryKey: sessionQueryOptions().queryKey, data: session });
  return renderFirstScreen('/plans/weihai-hitech-2024/', { locale, renderedAt: Date.now(), queries });
}

describe("the overview's first load", () => {
  it('bundles the frame’s texts and the overview’s, and no other feature’s', () => {
    expect(bundledNamespaces).toEqual(['common', 'overview']);
  });

  it.each([
    ['zh-CN', undefined, '地区生产总值', '重点项目'],
    ['en-US', undefined, 'Gross domestic product', 'Key projects'],
    ['zh-CN', admin, '地区生产总值', '管理员甲'],
  ] as const)(
    'is rendered in %s (signed in: %o) from the bundled texts alone',
    async (locale, session, indicatorName, frameText) => {
      const loads = (Object.keys(namespaceLoaders) as LoadedNamespace[]).map((namespace) =>
        vi.spyOn(namespaceLoaders, namespace),
      );
      try {
        const html = await render(locale, session);
        expect(html).toContain(indicatorName);
        expect(html).toContain(frameText);
        // No key shown in place of its text (i18next falls back to the key itself).
        expect(html).not.toMatch(/>(nav|account|export|seeProjects|asOf)\.[a-zA-Z.]+</);
        for (const load of loads) expect(load).not.toHaveBeenCalled();
      } finally {
        for (const load of loads) load.mockRestore();
      }
    },
  );
});
