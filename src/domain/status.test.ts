import { describe, expect, it } from 'vitest';
import { type Indicator, type IndicatorValue, type Judgement, type Period } from './model';
import type { EvaluationContext, Status } from './evaluation';
import { evaluateIndicator, isStale, lightOf } from './status';
import { growthIndicator } from './testing/growthIndicator';

const indicator = (overrides: Partial<Indicator> = {}): Indicator => growthIndicator(overrides);

/** 80亿元 planned investment of the 99 key projects, due by year end. */
const keyProjectInvestment = (overrides: Partial<Indicator> = {}): Indicator =>
  indicator({
    id: 'key-project-investment',
    kind: 'cumulativeAmount',
    unit: 'yiYuan',
    thresholds: [{ value: 80, comparator: 'gte', deadline: '2024-12-31' }],
    ...overrides,
  });

/** 开工率: over 90% by 2024-03-31, 100% by 2024-06-30. */
const startRate = (overrides: Partial<Indicator> = {}): Indicator =>
  indicator({
    id: 'key-project-start-rate',
    kind: 'deadlineRate',
    unit: 'percent',
    thresholds: [
      { value: 90, comparator: 'gt', deadline: '2024-03-31' },
      { value: 100, comparator: 'eq', deadline: '2024-06-30' },
    ],
    ...overrides,
  });

/** 实际利用外资继续保持全市领先: first in the city. */
const foreignCapitalRank = (overrides: Partial<Indicator> = {}): Indicator =>
  indicator({
    id: 'foreign-capital-rank',
    kind: 'rank',
    unit: 'rank',
    direction: 'lowerIsBetter',
    thresholds: [{ value: 1, comparator: 'eq', deadline: '2024-12-31' }],
    ...overrides,
  });

/** 成立招商"专家咨询委员会", here due by the end of June. */
const expertCommittee = (overrides: Partial<Indicator> = {}): Indicator =>
  indicator({
    id: 'expert-committee',
    kind: 'milestone',
    unit: 'none',
    frequency: 'once',
    thresholds: [{ value: 1, comparator: 'eq', deadline: '2024-06-30' }],
    ...overrides,
  });

/** 实际使用外资 量稳质升: judged, with supporting figures. */
const foreignCapitalUsed = (overrides: Partial<Indicator> = {}): Indicator =>
  indicator({
    id: 'foreign-capital-used',
    kind: 'qualitative',
    unit: 'none',
    frequency: 'quarterly',
    thresholds: [],
    ...overrides,
  });

function figure(
  indicatorId: string,
  period: Period,
  value: number | null,
  extra: Partial<IndicatorValue> = {},
): IndicatorValue {
  return {
    indicatorId,
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: null,
    source: null,
    isDemo: false,
    recordedBy: 'statistics-office',
    recordedAt: `${period}-20T02:00:00.000Z`,
    version: 1,
    ...extra,
  };
}

function judged(
  indicatorId: string,
  period: Period,
  judgement: Judgement,
  value: number | null = null,
): IndicatorValue {
  return figure(indicatorId, period, value, { judgement });
}

const asOf = (asOfPeriod: Period): EvaluationContext => ({ year: 2024, asOfPeriod });

/** The status of an indicator with a single figure for the as-of period. */
function statusWith(subject: Indicator, period: Period, value: number): Status {
  return evaluateIndicator(subject, [figure(subject.id, period, value)], asOf(period)).status;
}

describe('a growth rate (GDP growth target 6%, cumulative year on year)', () => {
  const gdp = indicator();

  // The expected figure of a cumulative growth rate is the target itself: 6.
  // behind below 6 − 1 = 5, needsAttention below 6, ahead at 6 + 1 = 7 or more.
  it.each([
    [7.0, 'ahead'],
    [6.99, 'onSchedule'],
    [6.0, 'onSchedule'],
    [5.99, 'needsAttention'],
    [5.0, 'needsAttention'],
    [4.99, 'behind'],
  ] as const)('at %s%% in March it is %s', (value, status) => {
    expect(statusWith(gdp, '2024-03', value)).toBe(status);
  });

  it('expects the target rate in every month and states the gap in percentage points', () => {
    const evaluation = evaluateIndicator(gdp, [figure('gdp', '2024-03', 5.5)], asOf('2024-03'));
    expect(evaluation.expected).toBe(6);
    expect(evaluation.actual).toBe(5.5);
    expect(evaluation.actualPeriod).toBe('2024-03');
    expect(evaluation.gap).toEqual({ absolute: -0.5, relative: null, inPercentagePoints: true });
    expect(evaluation.light).toBe('amber');
    expect(evaluation.judged).toBe(false);
  });

  it('treats a figure exactly one point below a 6.1% target as needing attention despite floating point', () => {
    // 6.1 − 1 is 5.1 in decimal; in binary floating point it is not quite. 5.1 must not be behind.
    const target61 = indicator({ thresholds: [{ value: 6.1, comparator: 'gte', deadline: '2024-12-31' }] });
    expect(statusWith(target61, '2024-05', 5.1)).toBe('needsAttention');
    expect(statusWith(target61, '2024-05', 7.1)).toBe('ahead');
  });

  it('uses its own tolerances when the indicator overrides them', () => {
    // attention 0.5 pp, behind 2 pp below 6: needsAttention below 5.5, behind below 4.
    const lenient = indicator({ tolerances: { attention: 0.5, behind: 2 } });
    expect(statusWith(lenient, '2024-03', 5.5)).toBe('onSchedule');
    expect(statusWith(lenient, '2024-03', 5.49)).toBe('needsAttention');
    expect(statusWith(lenient, '2024-03', 4.0)).toBe('needsAttention');
    expect(statusWith(lenient, '2024-03', 3.99)).toBe('behind');
  });

  it('mirrors every comparison when lower is better', () => {
    // Energy use per unit of output to fall by 3% (target −3, lower is better):
    // behind above −3 + 1 = −2, needsAttention above −3, ahead at −4 or lower.
    const energyIntensity = indicator({
      id: 'energy-intensity',
      direction: 'lowerIsBetter',
      thresholds: [{ value: -3, comparator: 'lte', deadline: '2024-12-31' }],
    });
    expect(statusWith(energyIntensity, '2024-06', -4)).toBe('ahead');
    expect(statusWith(energyIntensity, '2024-06', -3)).toBe('onSchedule');
    expect(statusWith(energyIntensity, '2024-06', -2.99)).toBe('needsAttention');
    expect(statusWith(energyIntensity, '2024-06', -2)).toBe('needsAttention');
    expect(statusWith(energyIntensity, '2024-06', -1.99)).toBe('behind');
  });

  it('follows the threshold in force when the target steps up during the year', () => {
    // 5.5% by the end of Q1, 6% by year end: February expects 5.5, April expects 6.
    const stepped = indicator({
      thresholds: [
        { value: 6, comparator: 'gte', deadline: '2024-12-31' },
        { value: 5.5, comparator: 'gte', deadline: '2024-03-31' },
      ],
    });
    const february = evaluateIndicator(stepped, [figure('gdp', '2024-02', 5.6)], asOf('2024-02'));
    expect(february.expected).toBe(5.5);
    expect(february.threshold).toEqual({ value: 5.5, comparator: 'gte', deadline: '2024-03-31' });
    const april = evaluateIndicator(stepped, [figure('gdp', '2024-04', 5.6)], asOf('2024-04'));
    expect(april.expected).toBe(6);
    expect(april.status).toBe('needsAttention');
  });

  it('is met at year end when December reaches the target and missed when it falls short', () => {
    expect(statusWith(gdp, '2024-12', 6.0)).toBe('met');
    const short = evaluateIndicator(gdp, [figure('gdp', '2024-12', 5.9)], asOf('2024-12'));
    expect(short.status).toBe('missed');
    expect(short.light).toBe('red');
    expect(short.thresholds).toEqual([{ threshold: gdp.thresholds[0], status: 'missed' }]);
  });

  it('awaits the year-end figure rather than judging the year on the Q3 figure', () => {
    // GDP is quarterly; in the December view the latest figure is September's 6.2. Q3 is not the
    // year: the verdict waits for the Q4 figure (period 2024-12), and Q4 shows as not reported.
    const quarterlyGdp = indicator({ frequency: 'quarterly' });
    const evaluation = evaluateIndicator(quarterlyGdp, [figure('gdp', '2024-09', 6.2)], asOf('2024-12'));
    expect(evaluation.status).toBe('awaitingYearEnd');
    expect(evaluation.light).toBe('grey');
    expect(evaluation.actualPeriod).toBe('2024-09');
    expect(evaluation.stale).toBe(false);
    expect(evaluation.missingPeriods).toEqual(['2024-03', '2024-06', '2024-12']);
  });
});

describe('a cumulative amount (80亿元 invested in key projects by year end)', () => {
  const investment = keyProjectInvestment();

  // End of March: 80 × 3 / 12 = 20 on schedule.
  // behind below 90% of 20 = 18, needsAttention below 20, ahead at 110% of 20 = 22 or more.
  it.each([
    [22, 'ahead'],
    [21.99, 'onSchedule'],
    [20, 'onSchedule'],
    [19.99, 'needsAttention'],
    [18, 'needsAttention'],
    [17.99, 'behind'],
  ] as const)('at %s亿元 by the end of March it is %s', (value, status) => {
    expect(statusWith(investment, '2024-03', value)).toBe(status);
  });

  it('expects the pro-rata share of the target and states the gap in 亿元 and as a share', () => {
    // 18 against 20: −2亿元, −10%.
    const evaluation = evaluateIndicator(investment, [figure(investment.id, '2024-03', 18)], asOf('2024-03'));
    expect(evaluation.expected).toBe(20);
    expect(evaluation.gap).toEqual({ absolute: -2, relative: -0.1, inPercentagePoints: false });
  });

  it('expects 100 × 7 / 12 = 58.333333333 of a 100亿元 target at the end of July', () => {
    // "十强"产业到位内资突破百亿元: > 100亿元.
    const domesticCapital = keyProjectInvestment({
      id: 'top-ten-domestic-capital',
      thresholds: [{ value: 100, comparator: 'gt', deadline: '2024-12-31' }],
    });
    const evaluation = evaluateIndicator(
      domesticCapital,
      [figure(domesticCapital.id, '2024-07', 52.5)],
      asOf('2024-07'),
    );
    expect(evaluation.expected).toBe(58.333333333);
    // 52.5 / 58.333 = exactly 90%: needsAttention, not behind.
    expect(evaluation.status).toBe('needsAttention');
  });

  it('reads the schedule at the month of the latest figure, not at the as-of month', () => {
    // April view, latest figure March: compare with March's 20, not April's 26.67.
    const evaluation = evaluateIndicator(investment, [figure(investment.id, '2024-03', 20)], asOf('2024-04'));
    expect(evaluation.expected).toBe(20);
    expect(evaluation.status).toBe('onSchedule');
    expect(evaluation.stale).toBe(false);
  });

  it('uses shares of the schedule as its own tolerances when overridden', () => {
    // attention below 95% of 20 = 19, behind below 80% of 20 = 16.
    const strict = keyProjectInvestment({ tolerances: { attention: 0.95, behind: 0.8 } });
    expect(statusWith(strict, '2024-03', 19)).toBe('onSchedule');
    expect(statusWith(strict, '2024-03', 18.99)).toBe('needsAttention');
    expect(statusWith(strict, '2024-03', 16)).toBe('needsAttention');
    expect(statusWith(strict, '2024-03', 15.99)).toBe('behind');
  });

  it('mirrors the shares when lower is better', () => {
    // At most 12 incidents in the year: 3 by the end of March. behind above 110% (3.3),
    // needsAttention above 100% (3), ahead at 90% (2.7) or below.
    const incidents = keyProjectInvestment({
      id: 'safety-incidents',
      kind: 'cumulativeCount',
      unit: 'count',
      direction: 'lowerIsBetter',
      thresholds: [{ value: 12, comparator: 'lte', deadline: '2024-12-31' }],
    });
    expect(statusWith(incidents, '2024-03', 2.7)).toBe('ahead');
    expect(statusWith(incidents, '2024-03', 2.71)).toBe('onSchedule');
    expect(statusWith(incidents, '2024-03', 3)).toBe('onSchedule');
    expect(statusWith(incidents, '2024-03', 3.3)).toBe('needsAttention');
    expect(statusWith(incidents, '2024-03', 3.31)).toBe('behind');
  });

  it('follows a planned path instead of the pro-rata schedule', () => {
    // Planned quarterly: 10 by March, 35 by June, 60 by September, 80 by December.
    const planned = keyProjectInvestment({
      plannedPath: [
        { period: '2024-06', value: 35 },
        { period: '2024-03', value: 10 },
        { period: '2024-09', value: 60 },
        { period: '2024-12', value: 80 },
      ],
    });
    // May: the last planned point is March's 10, not 80 × 5 / 12.
    const may = evaluateIndicator(planned, [figure(planned.id, '2024-05', 10)], asOf('2024-05'));
    expect(may.expected).toBe(10);
    expect(may.status).toBe('onSchedule');
    // June: 33 of 35 is 94%: needsAttention.
    expect(statusWith(planned, '2024-06', 33)).toBe('needsAttention');
    // February, before the first point: 0 expected, so any investment is ahead and no share exists.
    const february = evaluateIndicator(planned, [figure(planned.id, '2024-02', 1)], asOf('2024-02'));
    expect(february.expected).toBe(0);
    expect(february.status).toBe('ahead');
    expect(february.gap).toEqual({ absolute: 1, relative: null, inPercentagePoints: false });
  });

  it('is met or missed at year end by its comparator', () => {
    // 新落地过10亿元项目10个以上: ≥ 10.
    const billionProjects = keyProjectInvestment({
      id: 'new-billion-projects',
      kind: 'cumulativeCount',
      unit: 'count',
      thresholds: [{ value: 10, comparator: 'gte', deadline: '2024-12-31' }],
    });
    expect(statusWith(billionProjects, '2024-12', 10)).toBe('met');
    expect(statusWith(billionProjects, '2024-12', 9)).toBe('missed');
    // 突破百亿元: > 100, so exactly 100 is missed.
    const domesticCapital = keyProjectInvestment({
      thresholds: [{ value: 100, comparator: 'gt', deadline: '2024-12-31' }],
    });
    expect(statusWith(domesticCapital, '2024-12', 100)).toBe('missed');
    expect(statusWith(domesticCapital, '2024-12', 100.01)).toBe('met');
  });

  it('carries a run-rate projection of the year end', () => {
    // 18 through March: 18 × 12 / 3 = 72 projected; (80 − 18) / 9 months still needed each month.
    const evaluation = evaluateIndicator(investment, [figure(investment.id, '2024-03', 18)], asOf('2024-03'));
    expect(evaluation.forecast).toEqual({
      yearEnd: 72,
      method: 'runRate',
      requiredPerPeriod: 6.888888889,
      remainingPeriods: 9,
      pace: 'required',
    });
  });
});

describe('a deadline rate (start rate over 90% by 2024-03-31, 100% by 2024-06-30)', () => {
  const rate = startRate();
  const [q1Threshold, h1Threshold] = rate.thresholds;

  it.each([
    ['2024-01', 30],
    ['2024-02', 60],
    ['2024-03', 90],
    ['2024-04', 93.333333333],
    ['2024-05', 96.666666667],
    ['2024-06', 100],
    ['2024-09', 100],
  ] as const)('expects a start rate in %s of %s%%', (period, expected) => {
    expect(evaluateIndicator(rate, [figure(rate.id, period, 50)], asOf(period)).expected).toBe(expected);
  });

  it('compares the rate with the pro-rata path to the first deadline in percentage points', () => {
    // February expects 60: behind below 59, needsAttention below 60, ahead at 61.
    expect(statusWith(rate, '2024-02', 61)).toBe('ahead');
    expect(statusWith(rate, '2024-02', 60)).toBe('onSchedule');
    expect(statusWith(rate, '2024-02', 59)).toBe('needsAttention');
    expect(statusWith(rate, '2024-02', 58.99)).toBe('behind');
    const evaluation = evaluateIndicator(rate, [figure(rate.id, '2024-02', 58)], asOf('2024-02'));
    expect(evaluation.gap).toEqual({ absolute: -2, relative: null, inPercentagePoints: true });
    expect(evaluation.threshold).toEqual(q1Threshold);
  });

  it('misses the Q1 target at exactly 90.0 in the March view, because it must be over 90', () => {
    const evaluation = evaluateIndicator(rate, [figure(rate.id, '2024-03', 90.0)], asOf('2024-03'));
    expect(evaluation.status).toBe('missed');
    expect(evaluation.light).toBe('red');
    expect(evaluation.threshold).toEqual(q1Threshold);
    // The H1 threshold is not due yet: it shows the running status, 90 against 90 expected.
    expect(evaluation.thresholds).toEqual([
      { threshold: q1Threshold, status: 'missed' },
      { threshold: h1Threshold, status: 'onSchedule' },
    ]);
  });

  it('meets the Q1 target at 90.1 in the March view', () => {
    const evaluation = evaluateIndicator(rate, [figure(rate.id, '2024-03', 90.1)], asOf('2024-03'));
    expect(evaluation.status).toBe('met');
    expect(evaluation.light).toBe('green');
  });

  it('puts the 100% target in force from April, keeping the Q1 verdict', () => {
    // April expects 90 + (100 − 90) × 1 / 3 = 93.33; 95 is 1.67 points ahead.
    const values = [figure(rate.id, '2024-03', 90.1), figure(rate.id, '2024-04', 95)];
    const evaluation = evaluateIndicator(rate, values, asOf('2024-04'));
    expect(evaluation.threshold).toEqual(h1Threshold);
    expect(evaluation.status).toBe('ahead');
    expect(evaluation.thresholds).toEqual([
      { threshold: q1Threshold, status: 'met' },
      { threshold: h1Threshold, status: 'ahead' },
    ]);
    expect(statusWith(rate, '2024-04', 94)).toBe('onSchedule');
    expect(statusWith(rate, '2024-04', 93)).toBe('needsAttention');
  });

  it('keeps judging an April view without an April figure against March', () => {
    const evaluation = evaluateIndicator(rate, [figure(rate.id, '2024-03', 90.1)], asOf('2024-04'));
    expect(evaluation.expected).toBe(90);
    expect(evaluation.status).toBe('onSchedule');
  });

  it('meets the half-year target only at exactly 100%', () => {
    expect(statusWith(rate, '2024-06', 100)).toBe('met');
    expect(statusWith(rate, '2024-06', 99.9)).toBe('missed');
  });

  it('keeps the June verdict after June even when the rate later reaches 100%', () => {
    const values = [figure(rate.id, '2024-06', 98), figure(rate.id, '2024-09', 100)];
    const evaluation = evaluateIndicator(rate, values, asOf('2024-09'));
    expect(evaluation.actual).toBe(100);
    expect(evaluation.threshold).toEqual(h1Threshold);
    expect(evaluation.status).toBe('missed');
  });

  it('is not reported before its first deadline while no figure exists', () => {
    const evaluation = evaluateIndicator(rate, [], asOf('2024-02'));
    expect(evaluation.status).toBe('notReported');
    expect(evaluation.light).toBe('grey');
    expect(evaluation.actual).toBeNull();
    expect(evaluation.gap).toBeNull();
    expect(evaluation.forecast).toBeNull();
    // Where the figure should stand is still known: 60 at the end of February.
    expect(evaluation.expected).toBe(60);
  });

  it('counts a due threshold without any figure by its deadline as missed', () => {
    // Decision: once the as-of date reaches a deadline, no figure means no proof it was met.
    const march = evaluateIndicator(rate, [], asOf('2024-03'));
    expect(march.status).toBe('missed');
    expect(march.thresholds.map((t) => t.status)).toEqual(['missed', 'notReported']);
    // From April the next threshold is in force and not due: the indicator is notReported again.
    const april = evaluateIndicator(rate, [], asOf('2024-04'));
    expect(april.status).toBe('notReported');
    expect(april.thresholds.map((t) => t.status)).toEqual(['missed', 'notReported']);
  });
});

describe('a rank (foreign capital used stays first in the city)', () => {
  const rank = foreignCapitalRank();

  it('is on schedule while first and behind when second', () => {
    expect(statusWith(rank, '2024-06', 1)).toBe('onSchedule');
    const second = evaluateIndicator(rank, [figure(rank.id, '2024-06', 2)], asOf('2024-06'));
    expect(second.status).toBe('behind');
    expect(second.expected).toBe(1);
    expect(second.gap).toEqual({ absolute: 1, relative: null, inPercentagePoints: false });
    expect(second.forecast).toBeNull();
  });

  it('is met at year end when first and missed otherwise', () => {
    expect(statusWith(rank, '2024-12', 1)).toBe('met');
    expect(statusWith(rank, '2024-12', 2)).toBe('missed');
  });

  it('is on schedule at any rank within a top-three target', () => {
    const topThree = foreignCapitalRank({
      thresholds: [{ value: 3, comparator: 'lte', deadline: '2024-12-31' }],
    });
    expect(statusWith(topThree, '2024-06', 3)).toBe('onSchedule');
    expect(statusWith(topThree, '2024-06', 4)).toBe('behind');
  });
});

describe('a milestone (the expert advisory committee, due 2024-06-30)', () => {
  const committee = expertCommittee();

  it('is on schedule while not done before its deadline, with no pro-rata expectation', () => {
    const evaluation = evaluateIndicator(committee, [figure(committee.id, '2024-03', 0)], asOf('2024-03'));
    expect(evaluation.status).toBe('onSchedule');
    expect(evaluation.expected).toBeNull();
    expect(evaluation.gap).toBeNull();
    expect(evaluation.forecast).toBeNull();
  });

  it('is not reported while nobody has said anything about it', () => {
    expect(evaluateIndicator(committee, [], asOf('2024-03')).status).toBe('notReported');
  });

  it('is met as soon as it is done, even before its deadline', () => {
    const done = figure(committee.id, '2024-03', 1, { achievedOn: '2024-03-12' });
    const evaluation = evaluateIndicator(committee, [done], asOf('2024-03'));
    expect(evaluation.status).toBe('met');
    expect(evaluation.thresholds.map((t) => t.status)).toEqual(['met']);
  });

  it('is missed once its deadline passes undone, and stays missed when done late', () => {
    expect(statusWith(committee, '2024-06', 0)).toBe('missed');
    expect(evaluateIndicator(committee, [], asOf('2024-07')).status).toBe('missed');
    const late = figure(committee.id, '2024-07', 1, { achievedOn: '2024-07-08' });
    const evaluation = evaluateIndicator(
      committee,
      [figure(committee.id, '2024-05', 0), late],
      asOf('2024-07'),
    );
    expect(evaluation.actual).toBe(1);
    expect(evaluation.status).toBe('missed');
  });

  it('expects it done from its deadline month', () => {
    expect(evaluateIndicator(committee, [figure(committee.id, '2024-06', 1)], asOf('2024-06')).expected).toBe(
      1,
    );
  });

  it('is behind when a planned path expected it done by now', () => {
    // The planner wants it set up by April, two months ahead of the deadline.
    const planned = expertCommittee({ plannedPath: [{ period: '2024-04', value: 1 }] });
    expect(statusWith(planned, '2024-03', 0)).toBe('onSchedule');
    expect(statusWith(planned, '2024-05', 0)).toBe('behind');
  });
});

describe('a qualitative indicator (实际使用外资 量稳质升)', () => {
  const qualitative = foreignCapitalUsed();

  it.each([
    ['onTrack', 'onSchedule', 'green'],
    ['needsAttention', 'needsAttention', 'amber'],
    ['behind', 'behind', 'red'],
  ] as const)('shows the judgement %s as %s with a %s light', (judgement, status, light) => {
    const evaluation = evaluateIndicator(
      qualitative,
      [judged(qualitative.id, '2024-03', judgement)],
      asOf('2024-03'),
    );
    expect(evaluation.status).toBe(status);
    expect(evaluation.light).toBe(light);
    expect(evaluation.judged).toBe(true);
    expect(evaluation.judgement).toBe(judgement);
  });

  it('shows the latest judgement at the as-of period with its supporting figure, never a computed one', () => {
    const values = [
      judged(qualitative.id, '2024-03', 'behind', 1.2),
      judged(qualitative.id, '2024-06', 'onTrack', 3.4),
      judged(qualitative.id, '2024-09', 'needsAttention', 4.1),
    ];
    const evaluation = evaluateIndicator(qualitative, values, asOf('2024-07'));
    expect(evaluation.status).toBe('onSchedule');
    expect(evaluation.actual).toBe(3.4);
    expect(evaluation.actualPeriod).toBe('2024-06');
    expect(evaluation.expected).toBeNull();
    expect(evaluation.gap).toBeNull();
    expect(evaluation.forecast).toBeNull();
    expect(evaluation.thresholds).toEqual([]);
  });

  it('is not reported without a judgement, even with a figure', () => {
    const evaluation = evaluateIndicator(
      qualitative,
      [figure(qualitative.id, '2024-03', 2.5)],
      asOf('2024-03'),
    );
    expect(evaluation.status).toBe('notReported');
    expect(evaluation.light).toBe('grey');
    expect(evaluation.judged).toBe(true);
  });

  it('turns stale when the quarterly judgement is more than three months old', () => {
    const values = [judged(qualitative.id, '2024-03', 'onTrack')];
    expect(evaluateIndicator(qualitative, values, asOf('2024-06')).stale).toBe(false);
    expect(evaluateIndicator(qualitative, values, asOf('2024-07')).stale).toBe(true);
  });
});

describe('the figures an evaluation uses', () => {
  const gdp = indicator();

  it('ignores figures after the as-of period', () => {
    const values = [figure('gdp', '2024-03', 6.5), figure('gdp', '2024-04', 4.0)];
    const evaluation = evaluateIndicator(gdp, values, asOf('2024-03'));
    expect(evaluation.actual).toBe(6.5);
    expect(evaluation.status).toBe('onSchedule');
  });

  it('ignores figures of other indicators and of other years', () => {
    const values = [
      figure('industry', '2024-03', 9.0),
      figure('gdp', '2023-12', 6.3),
      figure('gdp', '2025-01', 7.0),
    ];
    const evaluation = evaluateIndicator(gdp, values, { year: 2024, asOfPeriod: '2025-01' });
    expect(evaluation.actual).toBeNull();
    expect(evaluation.status).toBe('awaitingYearEnd');
  });

  it('takes the later-recorded correction when one period holds two figures', () => {
    const values = [
      figure('gdp', '2024-03', 6.4, { recordedAt: '2024-04-25T02:00:00.000Z', version: 2 }),
      figure('gdp', '2024-03', 5.2, { recordedAt: '2024-04-20T02:00:00.000Z' }),
    ];
    expect(evaluateIndicator(gdp, values, asOf('2024-03')).actual).toBe(6.4);
  });

  it('skips a record without a number when looking for the latest figure', () => {
    const values = [figure('gdp', '2024-02', 6.2), figure('gdp', '2024-03', null, { note: '数据待核' })];
    const evaluation = evaluateIndicator(gdp, values, asOf('2024-03'));
    expect(evaluation.actual).toBe(6.2);
    expect(evaluation.actualPeriod).toBe('2024-02');
  });

  it('marks a monthly figure two months old as stale but not one a month old', () => {
    expect(evaluateIndicator(gdp, [figure('gdp', '2024-02', 6)], asOf('2024-03')).stale).toBe(false);
    expect(evaluateIndicator(gdp, [figure('gdp', '2024-01', 6)], asOf('2024-03')).stale).toBe(true);
  });
});

describe('staleness by reporting frequency', () => {
  it.each([
    ['monthly', '2024-03', '2024-03', false],
    ['monthly', '2024-02', '2024-03', false],
    ['monthly', '2024-01', '2024-03', true],
    ['quarterly', '2024-03', '2024-06', false],
    ['quarterly', '2024-03', '2024-07', true],
    ['quarterly', '2023-12', '2024-04', true],
    ['yearly', '2024-01', '2024-12', false],
    ['once', '2024-01', '2024-12', false],
  ] as const)('a %s figure for %s seen at %s is stale: %s', (frequency, actualPeriod, asOfPeriod, stale) => {
    expect(isStale(frequency, actualPeriod, asOfPeriod)).toBe(stale);
  });
});

describe('the status light', () => {
  it.each([
    ['ahead', 'green'],
    ['onSchedule', 'green'],
    ['met', 'green'],
    ['needsAttention', 'amber'],
    ['behind', 'red'],
    ['missed', 'red'],
    ['notReported', 'grey'],
  ] as const)('shows %s as %s', (status, light) => {
    expect(lightOf(status)).toBe(light);
  });
});
