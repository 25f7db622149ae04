/**
 * The lint rules that keep the client's structure: features stand apart, and query keys come
 * from one module. `npm test` runs lint; these check that the rules themselves still bite.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function lintMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the lint rules of the client structure', () => {
  it('refuse an import from one feature into another', async () => {
    const messages = await lintMessages(
      'src/features/brief/Example.tsx',
      "import { OverviewPage } from '../overview/OverviewPage';\nexport const page = OverviewPage;\n",
    );
    expect(messages).toContain('no-restricted-imports');
  });

  it('refuse it from a feature folder nested deeper, and from a test', async () => {
    expect(
      await lintMessages(
        'src/features/projects/api/example.ts',
        "import { useSaveGrid } from '../../entry/api/save-values';\nexport const save = useSaveGrid;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await lintMessages(
        'src/features/entry/example.test.ts',
        "import { IndicatorView } from '../indicator/IndicatorView';\nexport const view = IndicatorView;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('let a feature import its own files and what is shared', async () => {
    const messages = await lintMessages(
      'src/features/brief/Example.tsx',
      [
        "import { BriefTable } from './BriefTable';",
        "import { usePlans } from '../../lib/api/get-plans';",
        "import { AsOfSelect } from '../../components/AsOfSelect';",
        'export const parts = [BriefTable, usePlans, AsOfSelect];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it('refuse a query key written out by hand instead of taken from src/lib/queryKeys.ts', async () => {
    const messages = await lintMessages(
      'src/features/brief/example.ts',
      "export const options = { queryKey: ['planTree', 'weihai-hitech-2024'] };\n",
    );
    expect(messages).toContain('no-restricted-syntax');
  });
});
