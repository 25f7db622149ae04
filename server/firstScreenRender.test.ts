/**
 * The app's server entry rendering the overview in Node, as the server runs it: no document, no
 * browser storage. (src/app/firstScreen.test.tsx checks the same render in a page, and its takeover.)
 */
import { describe, expect, it } from 'vitest';
import { createMockApp } from '../mocks/mockApp';
import { firstScreenQueries, renderFirstScreen } from '../src/entry-server';
import { buildSeed } from './seed';

describe('the overview rendered by the server entry in Node', () => {
  it('holds the main targets with their figures, in the language asked for, with nothing left in the shared state', async () => {
    expect(typeof document).toBe('undefined');
    const app = await createMockApp(buildSeed({ demo: true }));
    const read = async (apiPath: string) => {
      const response = await app.request(`/api${apiPath}`);
      return response.ok ? ((await response.json()) as unknown) : undefined;
    };
    const queries = await firstScreenQueries(new URL('http://localhost/plans/weihai-hitech-2024/?asOf=2024-03'), read);
    if (!queries) throw new Error('the overview had nothing to render');

    const chinese = renderFirstScreen('/plans/weihai-hitech-2024/?asOf=2024-03', { locale: 'zh-CN', renderedAt: Date.now(), queries });
    expect(chinese).toContain('2024年目标总览');
    expect(chinese).toContain('主要预期目标');
    expect(chinese).toContain('截至2024年3月');

    const english = renderFirstScreen('/plans/weihai-hitech-2024/?asOf=2024-03', { locale: 'en-US', renderedAt: Date.now(), queries });
    expect(english).toContain('Main expected targets');
    expect(english).toContain('Gross domestic product');
    expect(english).not.toContain('主要预期目标');

    // The next page in Chinese is not touched by the English one before it.
    expect(renderFirstScreen('/plans/weihai-hitech-2024/?asOf=2024-03', { locale: 'zh-CN', renderedAt: Date.now(), queries })).toBe(
      chinese,
    );
  });
});
