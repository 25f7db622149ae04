import { describe, expect, it } from 'vitest';
import { countByStatus, deriveIndicatorValues, projectStatusOn, projectsBehind } from './derive';
import { testProject } from './testProject';

/*
 * A portfolio worked by hand: four key projects and one urban project.
 *
 *   A  key, 2024 plan 4 亿元, started 01-15, in production 05-20, invested 0.3 / 0.3 / 0.4 in Jan–Mar
 *   B  key, 2024 plan 2 亿元, started 03-31 (the last day of Q1)
 *   C  key, 2024 plan 3 亿元, started 02-10, a new project of over 1 billion yuan
 *   D  key, 2024 plan 1 亿元, started 04-01 (the first day after Q1)
 *   U  urban, started 01-10, completed 06-30, invested 5 in January
 *
 * Start rate: January 1/4 = 25%, February 2/4 = 50%, March 3/4 = 75%, April 4/4 = 100%.
 */
const a = testProject({
  id: 'a',
  plannedAnnualInvestment: 4,
  statusHistory: [
    { status: 'planned', date: '2024-01-01' },
    { status: 'started', date: '2024-01-15' },
    { status: 'inProduction', date: '2024-05-20' },
  ],
  monthlyInvestment: [
    { period: '2023-12', amount: 9 },
    { period: '2024-01', amount: 0.3 },
    { period: '2024-02', amount: 0.3 },
    { period: '2024-03', amount: 0.4 },
  ],
});
const b = testProject({
  id: 'b',
  plannedAnnualInvestment: 2,
  statusHistory: [{ status: 'started', date: '2024-03-31' }],
});
const c = testProject({
  id: 'c',
  plannedAnnualInvestment: 3,
  plannedTotalInvestment: 12,
  isNewBillionProject: true,
  statusHistory: [{ status: 'started', date: '2024-02-10' }],
});
const d = testProject({
  id: 'd',
  plannedAnnualInvestment: 1,
  statusHistory: [{ status: 'started', date: '2024-04-01' }],
});
const u = testProject({
  id: 'u',
  kind: 'urban',
  urbanCategory: 'parksGreening',
  industryChain: null,
  plannedAnnualInvestment: 6,
  statusHistory: [
    { status: 'started', date: '2024-01-10' },
    { status: 'completed', date: '2024-06-30' },
  ],
  monthlyInvestment: [{ period: '2024-01', amount: 5 }],
});
const portfolio = [a, b, c, d, u];

const valuesOf = (derivation: Parameters<typeof deriveIndicatorValues>[0], projects = portfolio) =>
  deriveIndicatorValues(derivation, projects, 2024).map((v) => v.value);

describe('projectStatusOn', () => {
  it('gives the latest status dated on or before the day', () => {
    expect(projectStatusOn(a, '2024-05-19')).toBe('started');
    expect(projectStatusOn(a, '2024-05-20')).toBe('inProduction');
    expect(projectStatusOn(a, '2024-12-31')).toBe('inProduction');
  });

  it('counts a project as planned before its first status change', () => {
    expect(projectStatusOn(b, '2024-03-30')).toBe('planned');
    expect(projectStatusOn(testProject({ id: 'empty' }), '2024-12-31')).toBe('planned');
  });

  it('takes the last of two changes on the same day', () => {
    const sameDay = testProject({
      id: 'same-day',
      statusHistory: [
        { status: 'started', date: '2024-05-01' },
        { status: 'inProduction', date: '2024-05-01' },
      ],
    });
    expect(projectStatusOn(sameDay, '2024-05-01')).toBe('inProduction');
  });
});

describe('the key-project start rate', () => {
  it('is 25%, 50%, 75% and 100% at the ends of January to April for the worked portfolio', () => {
    expect(valuesOf('keyProjectStartRate').slice(0, 4)).toEqual([25, 50, 75, 100]);
  });

  it('gives one figure per month of the year, January to December', () => {
    const periods = deriveIndicatorValues('keyProjectStartRate', portfolio, 2024).map((v) => v.period);
    expect(periods).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06',
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
    ]); // prettier-ignore
    expect(valuesOf('keyProjectStartRate').slice(4)).toEqual([100, 100, 100, 100, 100, 100, 100, 100]);
  });

  it('counts a project started on 03-31 for March, and one started on 04-01 only from April', () => {
    expect(valuesOf('keyProjectStartRate', [b])[2]).toBe(100);
    expect(valuesOf('keyProjectStartRate', [d]).slice(2, 4)).toEqual([0, 100]);
  });

  it('leaves urban projects out of the key projects it divides by', () => {
    // With U among them the March rate would be 4/5 = 80%.
    expect(valuesOf('keyProjectStartRate')[2]).toBe(75);
  });

  it('counts a project that started before the year as started', () => {
    const continuing = testProject({
      id: 'continuing',
      statusHistory: [{ status: 'started', date: '2023-09-01' }],
    });
    expect(valuesOf('keyProjectStartRate', [continuing, d])[0]).toBe(50);
  });

  it('follows the latest status, so a start withdrawn within the month does not count', () => {
    const withdrawn = testProject({
      id: 'withdrawn',
      statusHistory: [
        { status: 'started', date: '2024-02-01' },
        { status: 'planned', date: '2024-02-15', note: '误报更正' },
        { status: 'started', date: '2024-04-10' },
      ],
    });
    expect(valuesOf('keyProjectStartRate', [withdrawn]).slice(0, 4)).toEqual([0, 0, 0, 100]);
  });

  it('has no figure when there are no key projects to divide by', () => {
    expect(valuesOf('keyProjectStartRate', [u])[0]).toBeNull();
  });
});

describe('the counted indicators', () => {
  it('counts key projects into production from the month they went into production', () => {
    expect(valuesOf('keyProjectsInProduction').slice(3, 6)).toEqual([0, 1, 1]);
  });

  it('leaves out a project that went into production before the year (年内投产)', () => {
    const earlier = testProject({
      id: 'earlier',
      statusHistory: [
        { status: 'started', date: '2023-02-01' },
        { status: 'inProduction', date: '2023-11-20' },
        { status: 'completed', date: '2024-03-01' },
      ],
    });
    expect(valuesOf('keyProjectsInProduction', [earlier, a])[11]).toBe(1);
  });

  it('counts a new billion-yuan project as landed from the month it started', () => {
    expect(valuesOf('newBillionProjects').slice(0, 3)).toEqual([0, 1, 1]);
  });

  it('counts urban projects completed by the last day of the month', () => {
    expect(valuesOf('urbanProjectsCompleted').slice(4, 7)).toEqual([0, 1, 1]);
  });
});

describe('the key-project investment', () => {
  it('adds up the key projects’ monthly investment within the year, from January', () => {
    // 0.3, 0.3 + 0.3, 0.3 + 0.3 + 0.4; A’s December 2023 and U’s January are not counted.
    expect(valuesOf('keyProjectInvestment').slice(0, 4)).toEqual([0.3, 0.6, 1, 1]);
  });
});

describe('projectsBehind', () => {
  it('lists the key projects not started, the largest 2024 plan first', () => {
    expect(projectsBehind('keyProjectStartRate', portfolio, '2024-01-31')).toEqual([
      { projectId: 'c', reason: 'notStarted', shortfall: null },
      { projectId: 'b', reason: 'notStarted', shortfall: null },
      { projectId: 'd', reason: 'notStarted', shortfall: null },
    ]);
    expect(projectsBehind('keyProjectStartRate', portfolio, '2024-03-31').map((p) => p.projectId)).toEqual([
      'd',
    ]);
  });

  it('lists the key projects started but not in production', () => {
    expect(
      projectsBehind('keyProjectsInProduction', portfolio, '2024-06-30').map((p) => p.projectId),
    ).toEqual(['c', 'b', 'd']);
  });

  it('lists the key projects below the pro-rata investment of the months ended, the largest gap first', () => {
    // At 03-31 three months have ended: A 4 × 3/12 − 1.0 = 0 (on schedule), B 0.5, C 0.75, D 0.25.
    const expected = [
      { projectId: 'c', reason: 'investmentShortfall', shortfall: 0.75 },
      { projectId: 'b', reason: 'investmentShortfall', shortfall: 0.5 },
      { projectId: 'd', reason: 'investmentShortfall', shortfall: 0.25 },
    ];
    expect(projectsBehind('keyProjectInvestment', portfolio, '2024-03-31')).toEqual(expected);
    // Mid-April, April has not ended: the same three months count.
    expect(projectsBehind('keyProjectInvestment', portfolio, '2024-04-15')).toEqual(expected);
  });

  it('lists the new billion-yuan projects not landed and the urban projects not completed', () => {
    expect(projectsBehind('newBillionProjects', portfolio, '2024-01-31')).toEqual([
      { projectId: 'c', reason: 'notLanded', shortfall: null },
    ]);
    expect(projectsBehind('urbanProjectsCompleted', portfolio, '2024-06-29')).toEqual([
      { projectId: 'u', reason: 'notCompleted', shortfall: null },
    ]);
    expect(projectsBehind('urbanProjectsCompleted', portfolio, '2024-06-30')).toEqual([]);
  });
});

describe('countByStatus', () => {
  it('counts the projects at each status on the day', () => {
    expect(countByStatus(portfolio, '2024-03-31')).toEqual({
      planned: 1,
      started: 4,
      inProduction: 0,
      completed: 0,
    });
    expect(countByStatus(portfolio, '2024-06-30')).toEqual({
      planned: 0,
      started: 3,
      inProduction: 1,
      completed: 1,
    });
  });
});

describe('the monthly figures over a large registry', () => {
  it('match the status of each project taken day by day at each month end', () => {
    const statuses = ['planned', 'started', 'inProduction', 'completed'] as const;
    const many = Array.from({ length: 5000 }, (_, i) =>
      testProject({
        id: `p-${i}`,
        statusHistory: [1, 2, 3]
          .filter((step) => (i * 7 + step) % 5 !== 0)
          .map((step) => ({
            status: statuses[step] ?? 'started',
            date: `2024-${String(((i * step) % 12) + 1).padStart(2, '0')}-15`,
          }))
          .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
      }),
    );
    const byHand = ['2024-01-31', '2024-06-30', '2024-12-31'].map(
      (day) => (many.filter((p) => projectStatusOn(p, day) !== 'planned').length / many.length) * 100,
    );
    const rates = valuesOf('keyProjectStartRate', many);
    expect([rates[0], rates[5], rates[11]]).toEqual(byHand);
  });
});
