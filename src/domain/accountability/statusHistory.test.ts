import { describe, expect, it } from 'vitest';
import { figure, growthIndicator } from './accountabilityFixtures';
import { redSpellsOf, statusesByMonth } from './statusHistory';

const context = { year: 2024, asOfPeriod: '2024-12' };

describe('an indicator’s status history: when it turned red and when it recovered', () => {
  it('turns red (滞后) in March at 4.0% against 6% and recovers in May at 6.1%', () => {
    const values = [
      figure('2024-02', 6.5),
      figure('2024-03', 4.0),
      figure('2024-04', 4.2),
      figure('2024-05', 6.1),
    ];
    const statuses = statusesByMonth(growthIndicator(), values, context, '2024-05');
    expect(statuses.map((s) => s.status)).toEqual([
      'notReported',
      'onSchedule',
      'behind',
      'behind',
      'onSchedule',
    ]);
    expect(redSpellsOf(statuses)).toEqual([
      { turnedRed: '2024-03', status: 'behind', recovered: '2024-05', recoveredStatus: 'onSchedule' },
    ]);
  });

  it('keeps a spell open while the indicator is still red', () => {
    const values = [figure('2024-02', 6.5), figure('2024-03', 4.0)];
    const spells = redSpellsOf(statusesByMonth(growthIndicator(), values, context, '2024-04'));
    expect(spells).toEqual([
      { turnedRed: '2024-03', status: 'behind', recovered: null, recoveredStatus: null },
    ]);
  });

  it('does not end a spell at a month without a verdict, and counts two spells apart', () => {
    expect(
      redSpellsOf([
        { period: '2024-02', status: 'behind' },
        { period: '2024-03', status: 'notReported' },
        { period: '2024-04', status: 'needsAttention' },
        { period: '2024-05', status: 'missed' },
      ]),
    ).toEqual([
      { turnedRed: '2024-02', status: 'behind', recovered: '2024-04', recoveredStatus: 'needsAttention' },
      { turnedRed: '2024-05', status: 'missed', recovered: null, recoveredStatus: null },
    ]);
  });
});
