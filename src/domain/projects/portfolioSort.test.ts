import { describe, expect, it } from 'vitest';
import { projectRow } from './portfolio';
import { portfolioSorter, projectSortKeys, sortProjectRows } from './portfolioSort';
import { testProject } from './testProject';

const departments = ['工信局', '发改局', '住建局', null];
const names = ['乙项目', '甲项目', '项目 10', '项目 9', 'Alpha', 'alpha', '丙工程'];

const list = Array.from({ length: 60 }, (_, i) =>
  projectRow(
    testProject({
      id: `kp-${(i * 37) % 60}`,
      name: names[i % names.length]!,
      level: (['province', 'city', 'district'] as const)[i % 3]!,
      leadDepartment: departments[i % departments.length]!,
      plannedAnnualInvestment: (i * 7) % 5,
      statusHistory: i % 4 === 0 ? [] : [{ status: 'started', date: `2024-0${(i % 9) + 1}-15` }],
    }),
    '2024-12-31',
  ),
);

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('sorting the portfolio again and again', () => {
  it('lists the same order as sorting afresh, by every column either way, for the whole list or a part', () => {
    const sorter = portfolioSorter(list);
    const part = list.filter((_, i) => i % 3 !== 1);
    for (const key of projectSortKeys)
      for (const order of ['asc', 'desc'] as const) {
        expect(ids(sorter.sort(list, key, order))).toEqual(ids(sortProjectRows(list, key, order)));
        expect(ids(sorter.sort(part, key, order))).toEqual(ids(sortProjectRows(part, key, order)));
      }
  });

  it('keeps blanks last either way and breaks ties by id', () => {
    const sorter = portfolioSorter(list);
    for (const order of ['asc', 'desc'] as const) {
      const sorted = sorter.sort(list, 'leadDepartment', order);
      const blanks = sorted.filter((row) => row.leadDepartment === null);
      expect(sorted.slice(-blanks.length)).toEqual(blanks);
      expect(ids(blanks)).toEqual(ids(blanks).sort());
    }
  });

  it('orders words as the zh-CN collator does, numbers within them by value', () => {
    const sorted = portfolioSorter(list).sort(list, 'name');
    const order = [...new Set(sorted.map((row) => row.name))];
    expect(order.indexOf('项目 9')).toBeLessThan(order.indexOf('项目 10'));
    expect(order).toEqual([...order].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));
  });

  it('sorts rows from outside its list too', () => {
    const sorter = portfolioSorter(list.slice(0, 10));
    expect(ids(sorter.sort(list, 'plannedAnnualInvestment', 'desc'))).toEqual(
      ids(sortProjectRows(list, 'plannedAnnualInvestment', 'desc')),
    );
  });
});
