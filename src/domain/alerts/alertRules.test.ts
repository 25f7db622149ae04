/**
 * The alert rules, worked by hand. The indicator is a growth rate with a target of 6% by the end of
 * 2024 (地区生产总值增长6%): with the default rate tolerances it is 需关注 below 6 and 滞后 below
 * 5 while the year runs, and 未完成 at December below 6. Figures are due on the 10th of the next
 * month (monthly) and the 15th after a quarter (quarterly).
 */
import { describe, expect, it } from 'vitest';
import { type Indicator, type IndicatorValue, type Period } from '../model';
import { calendarAlerts, statusChangeAlert } from './alertRules';
import { isAddressedTo, raisedAlert, webhookWants } from './raisedAlert';
import { growthIndicator } from '../testing/growthIndicator';

const indicator = (overrides: Partial<Indicator> = {}): Indicator =>
  growthIndicator({
    name: { zh: '地区生产总值增速', en: 'GDP growth' },
    leadDepartment: '区统计局',
    ...overrides,
  });

function figure(period: Period, value: number, recordedAt = `${period}-20T00:00:00.000Z`): IndicatorValue {
  return {
    indicatorId: 'gdp',
    period,
    value,
    judgement: null,
    achievedOn: null,
    note: '',
    source: null,
    isDemo: false,
    recordedBy: '张三',
    recordedAt,
    version: 1,
  };
}

const gdp = indicator();
const change = (period: Period, before: IndicatorValue[], after: IndicatorValue[]) =>
  statusChangeAlert({ indicator: gdp, year: 2024, period, before, after });

describe('a saved figure raises an alert when the status turns 滞后 or 未完成', () => {
  it('a March figure revised from 5.5 (需关注) to 4.8 turns the target 滞后: a yellow alert saying so', () => {
    const alert = change('2024-03', [figure('2024-03', 5.5)], [figure('2024-03', 4.8)]);
    expect(alert).toMatchObject({ rule: 'statusBehind', period: '2024-03', planId: 'plan-2024' });
    const raised = raisedAlert(alert!, 'a1', '2024-04-08T02:00:00.000Z');
    expect(raised.level).toBe('yellow');
    expect(raised.department).toBe('区统计局');
    expect(raised.title.zh).toBe('「地区生产总值增速」转为滞后');
    expect(raised.detail.zh).toBe('2024年3月数据报送后，状态由需关注变为滞后（未达到序时进度）。');
    expect(raised.detail.en).toContain('from needs attention to behind schedule');
  });

  it('a first figure of 4.8 turns a target not yet reported 滞后', () => {
    expect(change('2024-03', [], [figure('2024-03', 4.8)])?.rule).toBe('statusBehind');
  });

  it('staying 滞后 (4.8 to 4.5), or recovering to 6.2, raises nothing', () => {
    expect(change('2024-03', [figure('2024-03', 4.8)], [figure('2024-03', 4.5)])).toBeNull();
    expect(change('2024-03', [figure('2024-03', 4.8)], [figure('2024-03', 6.2)])).toBeNull();
  });

  it('a December figure of 5.8 misses the year-end target of 6%: a red 未完成 alert', () => {
    const before = [figure('2024-11', 6.1)];
    const alert = change('2024-12', before, [...before, figure('2024-12', 5.8)]);
    expect(alert?.rule).toBe('statusMissed');
    expect(raisedAlert(alert!, 'a2', '2025-01-09T00:00:00.000Z')).toMatchObject({
      level: 'red',
      title: { zh: '「地区生产总值增速」未完成目标', en: '“GDP growth” missed its target' },
    });
  });

  it('a figure of another year than the plan’s raises nothing', () => {
    expect(change('2025-03', [], [figure('2025-03', 1)])).toBeNull();
  });
});

describe('the calendar raises 蓝色 (deadline near) and 红色 (overdue) alerts for missing figures', () => {
  const plan = { id: 'plan-2024', year: 2024, reportingDueDay: null };

  it('on 8 April, March (due 10 April) is 2 days from its deadline and February (due 10 March) 29 days late', () => {
    const alerts = calendarAlerts(plan, [gdp], [], '2024-04-08');
    expect(alerts.map((alert) => [alert.rule, alert.period, alert.facts])).toEqual([
      ['overdue', '2024-02', { dueDate: '2024-03-10', daysLate: 29 }],
      ['deadlineNear', '2024-03', { dueDate: '2024-04-10', daysLeft: 2 }],
    ]);
    expect(alerts.map((alert) => alert.dedupeKey)).toEqual([
      'overdue:gdp:2024-02',
      'deadlineNear:gdp:2024-03',
    ]);
    expect(raisedAlert(alerts[0]!, 'a3', '2024-04-08T00:00:00.000Z')).toMatchObject({
      level: 'red',
      title: { zh: '「地区生产总值增速」2024年2月数据逾期未报' },
      detail: { zh: '应于2024-03-10前报送，已逾期29天。' },
    });
    expect(raisedAlert(alerts[1]!, 'a4', '2024-04-08T00:00:00.000Z').level).toBe('blue');
  });

  it('a figure reported raises nothing; the due day itself is not late, the next day is one day late', () => {
    const reported = [figure('2024-02', 6)];
    expect(calendarAlerts(plan, [gdp], reported, '2024-04-10').map((a) => [a.rule, a.period])).toEqual([
      ['deadlineNear', '2024-03'],
    ]);
    expect(
      calendarAlerts(plan, [gdp], reported, '2024-04-11').map((a) => [a.rule, a.period, a.facts?.daysLate]),
    ).toEqual([['overdue', '2024-03', 1]]);
  });

  it('an overdue figure more than 31 days late is not raised any more (a first scan of an old plan stays quiet)', () => {
    expect(calendarAlerts(plan, [gdp], [], '2024-05-15').map((a) => [a.rule, a.period])).toEqual([
      ['overdue', '2024-04'],
    ]);
  });

  it('a quarterly figure is due on the 15th after its quarter; a plan’s due day (5th) wins over it', () => {
    const quarterly = indicator({ frequency: 'quarterly' });
    expect(calendarAlerts(plan, [quarterly], [], '2024-04-13').map((a) => [a.rule, a.period])).toEqual([
      ['deadlineNear', '2024-03'],
    ]);
    expect(
      calendarAlerts({ ...plan, reportingDueDay: 5 }, [quarterly], [], '2024-04-13').map((a) => [
        a.rule,
        a.facts,
      ]),
    ).toEqual([['overdue', { dueDate: '2024-04-05', daysLate: 8 }]]);
  });

  it('a retired indicator raises nothing', () => {
    expect(calendarAlerts(plan, [indicator({ retired: true })], [], '2024-04-08')).toEqual([]);
  });
});

describe('who is told', () => {
  const alert = { rule: 'overdue' as const, department: '区统计局' };

  it('the lead department’s users and every admin see an alert; other departments and viewers do not', () => {
    expect(isAddressedTo(alert, { role: 'editor', departments: ['区统计局'] })).toBe(true);
    expect(isAddressedTo(alert, { role: 'admin', departments: [] })).toBe(true);
    expect(isAddressedTo(alert, { role: 'editor', departments: ['区财政局'] })).toBe(false);
    expect(isAddressedTo(alert, { role: 'viewer', departments: [] })).toBe(false);
  });

  it('a webhook is told of the rules it names, for its departments or for all when it names none, while enabled', () => {
    const hook = { enabled: true, rules: ['overdue'], departments: [] as string[] };
    expect(webhookWants(hook, alert)).toBe(true);
    expect(webhookWants({ ...hook, departments: ['区财政局'] }, alert)).toBe(false);
    expect(webhookWants({ ...hook, rules: ['statusBehind'] }, alert)).toBe(false);
    expect(webhookWants({ ...hook, enabled: false }, alert)).toBe(false);
  });
});
