/**
 * An alert as stored: the input with its id, level, words, addressee and time. Who sees it: the
 * users of its lead department and admins (`isAddressedTo`).
 */
import type { Alert } from '../../api/alertsContract';
import type { SessionUser } from '../../api/authContract';
import { levelOfRule, type AlertInput } from './alertRules';
import { alertTexts } from './alertTexts';

export function raisedAlert(input: AlertInput, id: string, createdAt: string): Alert {
  const name = input.indicator?.name ?? { zh: '全部指标', en: 'All indicators' };
  return {
    id,
    rule: input.rule,
    level: levelOfRule[input.rule],
    planId: input.planId,
    indicatorId: input.indicator?.id ?? null,
    period: input.period,
    department: input.indicator?.leadDepartment ?? null,
    ...alertTexts(input.rule, name, input.period, input.facts ?? {}),
    createdAt,
  };
}

/** The key that makes a raise idempotent: the input's own, or the alert's id (always new). */
export function dedupeKeyOf(input: AlertInput, id: string): string {
  return input.dedupeKey ?? `alert:${id}`;
}

/** Admins see every alert; other users those of the departments they belong to. */
export function isAddressedTo(
  alert: Pick<Alert, 'department'>,
  user: Pick<SessionUser, 'role' | 'departments'>,
): boolean {
  if (user.role === 'admin') return true;
  return alert.department !== null && user.departments.includes(alert.department);
}

/** Whether a webhook with these rules and departments (empty: all) is told of the alert. */
export function webhookWants(
  webhook: { enabled: boolean; rules: readonly string[]; departments: readonly string[] },
  alert: Pick<Alert, 'rule' | 'department'>,
): boolean {
  if (!webhook.enabled || !webhook.rules.includes(alert.rule)) return false;
  return (
    webhook.departments.length === 0 ||
    (alert.department !== null && webhook.departments.includes(alert.department))
  );
}
