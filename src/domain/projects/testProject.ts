/**
 * A valid project for tests, with only the fields a test cares about changed.
 */
import type { Project } from './model';

export function testProject(overrides: Partial<Project> & Pick<Project, 'id'>): Project {
  return {
    planId: 'plan-2024',
    name: `测试项目 ${overrides.id}`,
    nameEn: null,
    level: 'district',
    kind: 'industrial',
    urbanCategory: null,
    industryChain: 'other',
    track: null,
    ownerEnterprise: null,
    location: null,
    leadDepartment: null,
    plannedTotalInvestment: 10,
    plannedAnnualInvestment: 1,
    isNewBillionProject: false,
    statusHistory: [],
    monthlyInvestment: [],
    notes: null,
    isDemo: false,
    version: 1,
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}
