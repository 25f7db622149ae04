import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../domain/model';
import { defaultPlan } from './defaultPlan';
import { planAddressOf, planPath } from './planAddress';
import { clampToPlanYear, isPlanYearOver } from './planYear';
import { samePlaceIn } from './samePlaceIn';

function plan(id: string, year: number, archived = false): PlanSummary {
  return {
    id,
    year,
    archived,
    zone: { zh: '某区', en: 'A district' },
    organisationLevel: 'county',
    title: { zh: `${year}年目标`, en: `${year} targets` },
    sourceDocument: { title: '报告', publisher: '政府', meetingOn: '2024-01-05', publishedOn: '2024-01-10' },
    nature: 'expected',
    copiedFromPlanId: null,
    version: 1,
  };
}

describe('plan addresses', () => {
  it('names the plan in every address and reads it back', () => {
    expect(planPath('a b', 'projects')).toBe('/plans/a%20b/projects');
    expect(planAddressOf('/plans/a%20b/projects/p1')).toEqual({ planId: 'a b', screen: 'projects/p1' });
    expect(planAddressOf('/plans/a/')).toEqual({ planId: 'a', screen: '' });
    expect(planAddressOf('/signin')).toBeNull();
  });

  it('keeps the same screen when switching plans, and falls back from a record to its list', () => {
    expect(samePlaceIn('b', '/plans/a/brief', '?asOf=2024-03')).toBe('/plans/b/brief');
    expect(samePlaceIn('b', '/plans/a/projects', '?kind=urban&asOf=2024-03')).toBe('/plans/b/projects?kind=urban');
    expect(samePlaceIn('b', '/plans/a/projects/p7', '')).toBe('/plans/b/projects');
    expect(samePlaceIn('b', '/plans/a/indicators/gdp-growth', '?asOf=2024-03')).toBe('/plans/b/');
    expect(samePlaceIn('b', '/plans/a/present/slide-3', '?deck=d1')).toBe('/plans/b/present');
    expect(samePlaceIn('b', '/admin/users', '')).toBe('/plans/b/');
  });
});

describe('the plan / opens', () => {
  const plans = [plan('p2024', 2024), plan('p2025', 2025), plan('p2026', 2026, true), plan('p2023', 2023)];

  it('is the one last chosen on this browser while it exists', () => {
    expect(defaultPlan(plans, 'p2023', 2025)?.id).toBe('p2023');
    expect(defaultPlan(plans, 'gone', 2025)?.id).toBe('p2025');
  });

  it('is the plan of the current year, else the latest plan that is not archived', () => {
    expect(defaultPlan(plans, null, 2024)?.id).toBe('p2024');
    expect(defaultPlan(plans, null, 2026)?.id).toBe('p2025');
    expect(defaultPlan(plans, null, 2030)?.id).toBe('p2025');
    expect(defaultPlan([plan('old', 2020, true)], null, 2030)?.id).toBe('old');
    expect(defaultPlan([], null, 2030)).toBeUndefined();
  });
});

describe('the plan year', () => {
  it('is over from the first day of the next year, China time', () => {
    expect(isPlanYearOver(2024, '2024-12-31')).toBe(false);
    expect(isPlanYearOver(2024, '2025-01-01')).toBe(true);
    expect(isPlanYearOver(2025, '2024-06-30')).toBe(false);
  });

  it('holds an as-of month within January to December of the plan year', () => {
    expect(clampToPlanYear('2030-01', 2024)).toBe('2024-12');
    expect(clampToPlanYear('2023-11', 2024)).toBe('2024-01');
    expect(clampToPlanYear('2024-06', 2024)).toBe('2024-06');
  });
});
