import { describe, expect, it } from 'vitest';
import { asksForExplanation, explanationStateOf } from './explanations';

const filedForMarch = { period: '2024-03', cause: '重点项目投产推迟' };

describe('which indicators owe a reason (待说明)', () => {
  it('asks 滞后 and 未完成 for a reason, and no other status', () => {
    expect(asksForExplanation('behind')).toBe(true);
    expect(asksForExplanation('missed')).toBe(true);
    for (const status of ['ahead', 'onSchedule', 'needsAttention', 'met', 'notReported'] as const)
      expect(asksForExplanation(status)).toBe(false);
  });

  it('owes one for March when the March figure is behind and nothing is filed', () => {
    expect(explanationStateOf({ status: 'behind', actualPeriod: '2024-03' }, '2024-04', [])).toEqual({
      kind: 'owed',
      period: '2024-03',
    });
  });

  it('shows the filed explanation once March’s is in', () => {
    expect(
      explanationStateOf({ status: 'behind', actualPeriod: '2024-03' }, '2024-03', [filedForMarch]),
    ).toEqual({
      kind: 'filed',
      period: '2024-03',
      explanation: filedForMarch,
    });
  });

  it('asks again when April’s figure is still behind: each month’s lag is explained', () => {
    expect(
      explanationStateOf({ status: 'behind', actualPeriod: '2024-04' }, '2024-04', [filedForMarch]).kind,
    ).toBe('owed');
  });

  it('files a missed target with no figure at all for the view’s month', () => {
    expect(explanationStateOf({ status: 'missed', actualPeriod: null }, '2024-06', []).kind).toBe('owed');
    expect(explanationStateOf({ status: 'onSchedule', actualPeriod: '2024-03' }, '2024-03', []).kind).toBe(
      'notAsked',
    );
  });
});
