/** Reminders and explanations in plain maps, for the mock API and fast tests. Browser-safe. */
import { explanationSchema, type Explanation } from '../../../src/api/explanationsContract';
import { reminderSchema, type Reminder } from '../../../src/api/remindersContract';
import {
  byIndicatorThenPeriod,
  byLatestSent,
  explanationFrom,
  type AccountabilityFilter,
  type AccountabilityPort,
  type ExplanationAudit,
  type ExplanationChange,
  type ExplanationWriteResult,
} from '../accountabilityPort';
import type { AuditEntryInput } from '../auditPort';
import { canonicalInstant } from '../instant';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
import type { MemoryAlerts } from './alerts';
import type { MemoryAudit } from './audit';
import type { MemoryEvents } from './events';

const explanationKey = (indicatorId: string, period: string) => `${indicatorId} ${period}`;

export class MemoryAccountability implements AccountabilityPort {
  readonly #reminders = new Map<string, Reminder>();
  readonly #explanations = new Map<string, Explanation>();

  constructor(
    private readonly indicatorExists: (indicatorId: string) => boolean,
    private readonly audit: MemoryAudit,
    private readonly events: MemoryEvents,
    private readonly alerts: MemoryAlerts,
  ) {}

  async sendReminder(reminder: Reminder, audit: AuditEntryInput[], alert: AlertInput): Promise<void> {
    const stored = reminderSchema.parse(structuredClone(reminder));
    if (this.#reminders.has(stored.id)) throw new Error(`reminder already stored: ${stored.id}`);
    if (!this.indicatorExists(stored.indicatorId))
      throw new Error(`unknown indicator: ${stored.indicatorId}`);
    this.audit.appendNow(audit);
    this.#reminders.set(stored.id, { ...stored, sentAt: canonicalInstant(stored.sentAt) });
    this.alerts.raiseNow(alert);
    this.events.record({ type: 'accountability', planId: stored.planId, ids: [stored.indicatorId] });
  }

  async listReminders(filter: AccountabilityFilter): Promise<Reminder[]> {
    return structuredClone(
      [...this.#reminders.values()].filter((reminder) => matches(reminder, filter)).sort(byLatestSent),
    );
  }

  async listExplanations(filter: AccountabilityFilter): Promise<Explanation[]> {
    return structuredClone(
      [...this.#explanations.values()]
        .filter((explanation) => matches(explanation, filter))
        .sort(byIndicatorThenPeriod),
    );
  }

  async fileExplanation(
    change: ExplanationChange,
    expectedVersion: number | null,
    audit: ExplanationAudit,
  ): Promise<ExplanationWriteResult> {
    if (!this.indicatorExists(change.indicatorId))
      throw new Error(`unknown indicator: ${change.indicatorId}`);
    const key = explanationKey(change.indicatorId, change.period);
    const previous = this.#explanations.get(key) ?? null;
    if ((previous?.version ?? null) !== expectedVersion)
      return { outcome: 'conflict', current: structuredClone(previous) };
    const explanation = explanationSchema.parse({
      ...explanationFrom(structuredClone(change), previous),
      updatedAt: canonicalInstant(change.at),
      filedAt: canonicalInstant(previous?.filedAt ?? change.at),
    });
    this.audit.appendNow(audit(explanation, previous));
    this.#explanations.set(key, explanation);
    this.events.record({ type: 'accountability', planId: change.planId, ids: [change.indicatorId] });
    return {
      outcome: 'done',
      explanation: structuredClone(explanation),
      previous: structuredClone(previous),
    };
  }
}

function matches(item: { planId: string; indicatorId: string }, filter: AccountabilityFilter): boolean {
  return (
    item.planId === filter.planId &&
    (filter.indicatorId === undefined || item.indicatorId === filter.indicatorId)
  );
}
