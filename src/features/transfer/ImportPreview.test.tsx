import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../api/transferContract';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import { ImportPreview } from './ImportPreview';

const report: ImportReport = {
  kind: 'figures',
  mode: 'dry-run',
  fileName: '三月.xlsx',
  columns: ['指标编号', '期间', '数值'],
  fileIssues: [],
  rows: [
    { row: 2, outcome: 'update', values: { 指标编号: 'gdp-growth', 期间: '2024-03', 数值: 6.1 }, issues: [] },
    {
      row: 3,
      outcome: 'error',
      values: { 指标编号: 'retail-sales-growth', 期间: '2024-03', 数值: '五点八' },
      issues: [{ column: '数值', code: 'notANumber', message: '“五点八”不是数字' }],
    },
    {
      row: 4,
      outcome: 'error',
      values: { 指标编号: 'gdp-growth', 期间: '2024-03', 数值: 6.2 },
      issues: [{ column: null, code: 'duplicateRow', message: '与第 2 行重复' }],
    },
  ],
  counts: { create: 0, update: 1, unchanged: 0, skipped: 0, error: 2 },
  committed: false,
  batchId: null,
};

describe('the import preview', () => {
  beforeEach(resetLocale);

  it('shows every row with what happens to it, and each problem in its cell in words', () => {
    renderWithProviders(<ImportPreview report={report} />);

    expect(screen.getByText('共 3 行：新增 0，更新 1，未变 0，跳过 0，错误 2')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '预检结果：每行的处理方式和发现的问题' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const bad = within(rows[2] as HTMLElement).getAllByRole('cell');
    expect(bad[0]).toHaveTextContent('有错误');
    expect(bad[3]).toHaveTextContent('五点八问题：“五点八”不是数字');
    expect(bad[3]).toHaveClass('import-table__cell--error');
    expect(within(rows[3] as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(
      '有错误问题：与第 2 行重复',
    );
  });

  it('narrows the table to the rows with problems on request', async () => {
    const { user } = renderWithProviders(<ImportPreview report={report} />);

    await user.click(screen.getByRole('checkbox', { name: '只看有问题的行' }));

    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('rowheader', { name: '2' })).not.toBeInTheDocument();
  });

  it('shows a long file a hundred rows at a time, and the rows with problems among them', async () => {
    const rows = Array.from({ length: 250 }, (_, index) => ({
      row: index + 2,
      outcome: index % 50 === 7 ? ('error' as const) : ('create' as const),
      values: { 指标编号: 'gdp-growth', 期间: '2024-03', 数值: index },
      issues: [],
    }));
    const { user } = renderWithProviders(
      <ImportPreview
        report={{ ...report, rows, counts: { create: 245, update: 0, unchanged: 0, skipped: 0, error: 5 } }}
      />,
    );
    const table = screen.getByRole('table', { name: '预检结果：每行的处理方式和发现的问题' });
    const pages = screen.getByRole('navigation', { name: '预检结果分页' });
    expect(within(pages).getByRole('status')).toHaveTextContent('第 1–100 行,共 250 行');
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(within(pages).getByRole('button', { name: '上一页' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: '下一页' }));
    await user.click(within(pages).getByRole('button', { name: '下一页' }));
    expect(within(pages).getByRole('status')).toHaveTextContent('第 201–250 行,共 250 行');
    expect(within(table).getByRole('rowheader', { name: '251' })).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: '下一页' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: '只看有问题的行' }));
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(screen.queryByRole('navigation', { name: '预检结果分页' })).not.toBeInTheDocument();
  });

  it('lists the problems of the whole file instead of counts', () => {
    renderWithProviders(
      <ImportPreview
        report={{
          ...report,
          rows: [],
          fileIssues: [{ column: null, code: 'missingColumns', message: '缺少列：期间、版本' }],
        }}
      />,
    );

    expect(screen.getByRole('alert')).toHaveTextContent('文件无法导入：问题：缺少列：期间、版本');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
