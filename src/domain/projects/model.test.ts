import { describe, expect, it } from 'vitest';
import { projectSchema, tracksOfChain } from './model';
import { testProject } from './testProject';

const problems = (overrides: Parameters<typeof testProject>[0]) => {
  const result = projectSchema.safeParse(testProject(overrides));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('projectSchema', () => {
  it('accepts a plain key project and an urban project with its category', () => {
    expect(problems({ id: 'kp-1' })).toEqual([]);
    expect(
      problems({ id: 'up-1', kind: 'urban', urbanCategory: 'urbanRenewal', industryChain: null }),
    ).toEqual([]);
  });

  it('asks an urban project for a category and no industry chain', () => {
    expect(problems({ id: 'up-2', kind: 'urban', urbanCategory: null })).toEqual([
      'urbanCategory',
      'industryChain',
    ]);
  });

  it('refuses an urban category on a key project', () => {
    expect(problems({ id: 'kp-2', urbanCategory: 'parksGreening' })).toEqual(['urbanCategory']);
  });

  it('refuses a track outside the project’s chain', () => {
    expect(problems({ id: 'kp-3', industryChain: 'newMaterials', track: 'carbonFibre' })).toEqual([]);
    expect(problems({ id: 'kp-4', industryChain: 'medicalDevices', track: 'carbonFibre' })).toEqual([
      'track',
    ]);
  });

  it('refuses status changes out of date order and months out of order', () => {
    expect(
      problems({
        id: 'kp-5',
        statusHistory: [
          { status: 'started', date: '2024-04-01' },
          { status: 'inProduction', date: '2024-03-01' },
        ],
        monthlyInvestment: [
          { period: '2024-02', amount: 1 },
          { period: '2024-02', amount: 1 },
        ],
      }),
    ).toEqual(['statusHistory.1.date', 'monthlyInvestment.1.period']);
  });

  it('refuses a 2024 plan larger than the total investment, and an id that is not a slug', () => {
    expect(problems({ id: 'kp-6', plannedTotalInvestment: 1, plannedAnnualInvestment: 2 })).toEqual([
      'plannedAnnualInvestment',
    ]);
    expect(problems({ id: 'Key Project 7' })).toEqual(['id']);
  });
});

describe('tracksOfChain', () => {
  it('lists the plan’s four electronic-information tracks in order and none for other', () => {
    expect(tracksOfChain('electronicInformation')).toEqual([
      'automotiveElectronics',
      'satelliteSpace',
      'semiconductors',
      'printers',
    ]);
    expect(tracksOfChain('other')).toEqual([]);
  });
});
