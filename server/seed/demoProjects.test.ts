import { describe, expect, it } from 'vitest';
import { deriveIndicatorValues } from '../../src/domain/projects/derive';
import { projectSchema, urbanCategories, type Project } from '../../src/domain/projects/model';
import { buildDemoProjects } from './demoProjects';

const projects = buildDemoProjects('weihai-hitech-2024');
const keyProjects = projects.filter((p) => p.kind === 'industrial');
const urbanProjects = projects.filter((p) => p.kind === 'urban');

const countBy = <K extends string>(items: Project[], key: (p: Project) => K) =>
  items.reduce<Partial<Record<K, number>>>(
    (counts, p) => ({ ...counts, [key(p)]: (counts[key(p)] ?? 0) + 1 }),
    {},
  );
const cents = (amount: number) => Math.round(amount * 100);
const valueIn = (derivation: Parameters<typeof deriveIndicatorValues>[0], period: string) =>
  deriveIndicatorValues(derivation, projects, 2024).find((v) => v.period === period)?.value;

/** Key projects with a start (or a later stage) dated on or before the day, counted over the list. */
const startedByHand = (day: string) =>
  keyProjects.filter((p) => p.statusHistory.some((e) => e.status !== 'planned' && e.date <= day)).length;

describe('the demo project registry', () => {
  it('holds 99 key projects (12 province, 30 city, 57 district) and 21 urban projects', () => {
    expect(keyProjects).toHaveLength(99);
    expect(countBy(keyProjects, (p) => p.level)).toEqual({ province: 12, city: 30, district: 57 });
    expect(urbanProjects).toHaveLength(21);
    expect(projects).toHaveLength(120);
  });

  it('spreads the urban projects over all six categories', () => {
    expect(Object.keys(countBy(urbanProjects, (p) => p.urbanCategory ?? 'none')).sort()).toEqual(
      [...urbanCategories].sort(),
    );
  });

  it('plans exactly 80.00 亿元 for 2024 over the key projects, each to 0.01', () => {
    expect(keyProjects.reduce((sum, p) => sum + cents(p.plannedAnnualInvestment), 0)).toBe(8000);
    for (const p of projects) {
      expect(cents(p.plannedAnnualInvestment) / 100).toBe(p.plannedAnnualInvestment);
      expect(p.plannedAnnualInvestment).toBeGreaterThan(0);
    }
  });

  it('flags 12 key projects as new projects of over 1 billion yuan, each with more than 10 亿元 in total', () => {
    const billion = projects.filter((p) => p.isNewBillionProject);
    expect(billion).toHaveLength(12);
    expect(billion.every((p) => p.kind === 'industrial' && p.plannedTotalInvestment > 10)).toBe(true);
  });

  it('passes the project schema, with unique ids and the given plan', () => {
    for (const p of projects) expect(projectSchema.safeParse(p).error).toBeUndefined();
    expect(new Set(projects.map((p) => p.id)).size).toBe(projects.length);
    expect(projects.every((p) => p.planId === 'weihai-hitech-2024')).toBe(true);
  });

  it('names every project and owner as an example, and marks every project as demo', () => {
    for (const p of projects) {
      expect(p.name).toContain('示例');
      expect(p.nameEn).toMatch(/^Example /);
      expect(p.ownerEnterprise).toContain('示例');
      expect(p.isDemo).toBe(true);
    }
  });

  it('dates every status change and investment in 2024, no later than October', () => {
    for (const p of projects) {
      for (const e of p.statusHistory) expect(e.date >= '2024-01-01' && e.date <= '2024-10-31').toBe(true);
      for (const m of p.monthlyInvestment) expect(m.period >= '2024-01' && m.period <= '2024-10').toBe(true);
    }
  });

  it('is the same on every build', () => {
    expect(buildDemoProjects('weihai-hitech-2024')).toEqual(projects);
  });
});

describe('the demo figures', () => {
  it('has a Q1 start rate of 85 of 99, short of the 90% target, equal to the derived March figure', () => {
    expect(startedByHand('2024-03-31')).toBe(85);
    const byHand = (startedByHand('2024-03-31') / 99) * 100;
    expect(valueIn('keyProjectStartRate', '2024-03')).toBe(byHand);
    expect(byHand.toFixed(1)).toBe('85.9');
  });

  it('has 97 of 99 started by the end of June, short of 100%', () => {
    expect(startedByHand('2024-06-30')).toBe(97);
    expect(valueIn('keyProjectStartRate', '2024-06')).toBe((97 / 99) * 100);
  });

  it('has 33 key projects in production and 9 urban projects completed by October', () => {
    expect(valueIn('keyProjectsInProduction', '2024-10')).toBe(33);
    expect(valueIn('urbanProjectsCompleted', '2024-10')).toBe(9);
  });

  it('has 11 of the 12 billion-yuan projects landed by October', () => {
    expect(valueIn('newBillionProjects', '2024-10')).toBe(11);
  });

  it('invests a little behind the pro-rata schedule: between 85% and 100% of 80 × 10/12 by October', () => {
    const october = valueIn('keyProjectInvestment', '2024-10') ?? 0;
    const schedule = (80 * 10) / 12;
    expect(october).toBeLessThan(schedule);
    expect(october).toBeGreaterThan(schedule * 0.85);
  });
});
