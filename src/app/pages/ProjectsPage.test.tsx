import { buildSeed } from '../../../server/seed';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { AppProviders } from '../AppProviders';
import { createQueryClient } from '../queryClient';
import { useLocaleStore } from '../../stores/locale';
import ProjectPage from '../../features/projects/ProjectPage';
import ProjectsPage from './ProjectsPage';

/** The seeded plan, whose screens these are. */
const seedPlanId = buildSeed({ demo: false }).plan.id;

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  useLocaleStore.getState().setLocale('zh-CN');
});
afterAll(() => server.close());

function SearchProbe({ onSearch }: { onSearch: (search: string) => void }) {
  onSearch(useLocation().search);
  return null;
}

function renderAt(path: string) {
  const user = userEvent.setup();
  let currentSearch = '';
  render(
    <MemoryRouter initialEntries={[`/plans/${seedPlanId}${path}`]}>
      <AppProviders queryClient={createQueryClient({ retryDelayMs: 0 })}>
        <Routes>
          <Route path="/plans/:planId/projects" element={<ProjectsPage />} />
          <Route path="/plans/:planId/projects/:projectId" element={<ProjectPage />} />
        </Routes>
        <SearchProbe onSearch={(search) => (currentSearch = search)} />
      </AppProviders>
    </MemoryRouter>,
  );
  return { user, params: () => new URLSearchParams(currentSearch) };
}

async function projectTable() {
  return screen.findByRole('table', { name: '项目清单,可按列排序' }, { timeout: 5000 });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole<HTMLTableRowElement>('row').slice(1);

/** A page of a hundred rows takes jsdom a few seconds to draw. */
const slowTest = { timeout: 30_000 };

describe('the project list', slowTest, () => {
  it('lists the key projects not started at the end of Q1 first when opened for the start rate', async () => {
    renderAt('/projects?behind=key-project-start-rate&asOf=2024-03');

    const table = await projectTable();
    const notice = await screen.findByRole('region', { name: '拖慢“重点项目开工率”的项目' });
    expect(notice).toHaveTextContent('截至 2024年3月31日,以下 14 个项目使该指标落后');
    const rows = bodyRows(table);
    for (const row of rows.slice(0, 14)) expect(row).toHaveTextContent('未开工');
    expect(rows[14]).not.toHaveTextContent('未开工');
    expect(rows[0]).toHaveTextContent('示例');
  });

  it('shows how many projects stand at each status, in words, and filters by one when pressed', async () => {
    const { user, params } = renderAt('/projects?kind=industrial&asOf=2024-03');
    await projectTable();
    const counts = screen.getByRole('region', { name: '项目状态' });

    const notStarted = within(counts).getByRole('button', { name: /未开工\s*14/ });
    await user.click(notStarted);

    expect(params().get('status')).toBe('planned');
    expect(notStarted).toHaveAttribute('aria-pressed', 'true');
    expect(bodyRows(await projectTable())).toHaveLength(14);
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const { user, params } = renderAt('/projects?kind=urban');
    const plannedHeader = async () =>
      within(await projectTable()).getByRole('columnheader', { name: /年度计划投资/ });

    await user.click(within(await plannedHeader()).getByRole('button'));
    expect(await plannedHeader()).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(await plannedHeader()).getByRole('button'));

    expect(await plannedHeader()).toHaveAttribute('aria-sort', 'descending');
    expect(params().get('sort')).toBe('plannedAnnualInvestment');
    const amounts = bodyRows(await projectTable()).map((row) => Number(row.cells[6]?.textContent));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('draws 50 rows at first and 50 more on each request', async () => {
    const { user } = renderAt('/projects');
    const table = await projectTable();
    expect(bodyRows(table)).toHaveLength(50);
    expect(screen.getByText('共 120 个项目,显示 50 个')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '再显示 50 个' }));
    expect(bodyRows(table)).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: '再显示 20 个' }));
    expect(bodyRows(table)).toHaveLength(120);
  });

  it('narrows the list to the words searched for, kept in the address', async () => {
    const { user, params } = renderAt('/projects');
    await projectTable();

    const searchBox = screen.getByRole('searchbox', { name: '搜索' });
    await user.click(searchBox);
    await user.paste('示例工程 05');

    expect(params().get('q')).toBe('示例工程 05');
    const rows = bodyRows(await projectTable());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('示例工程 05');
  });
});

describe('the project page', slowTest, () => {
  it('shows a project’s dated status history and, to a visitor who is not signed in, no action', async () => {
    renderAt('/projects/demo-kp-002');

    expect(
      await screen.findByRole('heading', { level: 1, name: /示例项目 002/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const history = screen.getByRole('table', { name: /状态变化/ });
    expect(within(history).getByText('2024年1月1日')).toBeInTheDocument();
    expect(within(history).getByText('纳入年度计划')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '标记开工' })).toBeNull();
  });

  it('says plainly when the project does not exist', async () => {
    renderAt('/projects/no-such-project');
    expect(await screen.findByText('未找到该项目', undefined, { timeout: 5000 })).toBeInTheDocument();
  });
});
