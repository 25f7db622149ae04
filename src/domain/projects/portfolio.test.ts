import { describe, expect, it } from 'vitest';
import {
  countRowsByStatus,
  filterProjectRows,
  portfolioDate,
  projectRow,
  sortProjectRows,
} from './portfolio';
import { testProject } from './testProject';

const rows = [
  testProject({
    id: 'kp-b',
    name: '乙项目 碳纤维',
    level: 'city',
    industryChain: 'newMaterials',
    track: 'carbonFibre',
    leadDepartment: '工信局',
    plannedAnnualInvestment: 3,
    statusHistory: [
      { status: 'started', date: '2024-02-10' },
      { status: 'inProduction', date: '2024-06-01' },
    ],
    monthlyInvestment: [
      { period: '2023-12', amount: 5 },
      { period: '2024-01', amount: 0.5 },
      { period: '2024-04', amount: 1 },
    ],
  }),
  testProject({
    id: 'kp-a',
    name: '甲项目',
    level: 'province',
    plannedAnnualInvestment: 1,
    ownerEnterprise: '海湾电子',
  }),
  testProject({
    id: 'up-c',
    name: '丙工程',
    kind: 'urban',
    urbanCategory: 'parksGreening',
    industryChain: null,
    plannedAnnualInvestment: 2,
    statusHistory: [{ status: 'started', date: '2024-03-31' }],
  }),
].map((project) => projectRow(project, '2024-03-31'));

const ids = (list: { id: string }[]) => list.map((row) => row.id);

describe('the portfolio table', () => {
  it('reads each project on the day: its status, when it reached each stage, and its investment this year', () => {
    expect(rows[0]).toMatchObject({
      status: 'started',
      startedOn: '2024-02-10',
      inProductionOn: null,
      completedOn: null,
      investedToDate: 0.5,
    });
    expect(rows[1]).toMatchObject({ status: 'planned', startedOn: null, investedToDate: 0 });
  });

  it('filters by every given field and finds all the words of a search in any text column', () => {
    expect(ids(filterProjectRows(rows, { kind: 'industrial', status: 'started' }))).toEqual(['kp-b']);
    expect(ids(filterProjectRows(rows, { chain: 'newMaterials', track: 'carbonFibre' }))).toEqual(['kp-b']);
    expect(ids(filterProjectRows(rows, { department: '工信局' }))).toEqual(['kp-b']);
    expect(ids(filterProjectRows(rows, { q: '海湾' }))).toEqual(['kp-a']);
    expect(ids(filterProjectRows(rows, { q: '项目 碳纤维' }))).toEqual(['kp-b']);
    expect(ids(filterProjectRows(rows, { q: 'KP-A' }))).toEqual(['kp-a']);
    expect(filterProjectRows(rows, { q: '没有' })).toEqual([]);
  });

  it('sorts by a column either way, blanks last, and by id when no column is chosen', () => {
    expect(ids(sortProjectRows(rows))).toEqual(['kp-a', 'kp-b', 'up-c']);
    expect(ids(sortProjectRows(rows, 'plannedAnnualInvestment', 'desc'))).toEqual(['kp-b', 'up-c', 'kp-a']);
    expect(ids(sortProjectRows(rows, 'level', 'asc'))).toEqual(['kp-a', 'kp-b', 'up-c']);
    expect(ids(sortProjectRows(rows, 'startedOn', 'desc'))).toEqual(['up-c', 'kp-b', 'kp-a']);
    expect(ids(sortProjectRows(rows, 'startedOn', 'asc'))).toEqual(['kp-b', 'up-c', 'kp-a']);
  });

  it('counts the rows at each status', () => {
    expect(countRowsByStatus(rows)).toEqual({ planned: 1, started: 2, inProduction: 0, completed: 0 });
  });

  it('stands at the as-of month’s last day, else today, but never after the plan year', () => {
    expect(portfolioDate('2024-03', '2025-06-01', 2024)).toBe('2024-03-31');
    expect(portfolioDate(undefined, '2024-05-20', 2024)).toBe('2024-05-20');
    expect(portfolioDate(undefined, '2025-06-01', 2024)).toBe('2024-12-31');
  });
});
