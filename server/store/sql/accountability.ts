/**
 * Reminders and explanations over SQL, one set of Kysely queries for SQLite and PostgreSQL. Filing
 * a new explanation is an insert the primary key (indicator, period) keeps unique; revising one is an
 * update `where version = expected`, so two writers at once cannot both win. The audit entries and
 * the live event commit with the change.
 */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { explanationSchema, measureSchema, type Explanation } from '../../../src/api/explanationsContract';
import { reminderSchema, type Reminder } from '../../../src/api/remindersContract';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
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
import type { ExplanationsTable, RemindersTable } from './accountabilityMigration';
import { appendAuditRows } from './audit';
import type { SqlEvents } from './events';
import type { StoreDatabase } from './tables';
import { isUniqueViolation } from './uniqueViolation';

/** A type, not an interface: `withTables` wants a record type. */
export type AccountabilityTables = {
  reminders: RemindersTable;
  explanations: ExplanationsTable;
};

const measuresColumn = z.array(measureSchema);

function reminderFromRow(row: Selectable<RemindersTable>): Reminder {
  return reminderSchema.parse({
    id: row.id,
    planId: row.plan_id,
    indicatorId: row.indicator_id,
    period: row.period,
    department: row.department,
    message: row.message,
    daysLate: Number(row.days_late),
    sentBy: row.sent_by,
    sentByName: row.sent_by_name,
    sentAt: row.sent_at,
  });
}

function explanationFromRow(row: Selectable<ExplanationsTable>): Explanation {
  return explanationSchema.parse({
    planId: row.plan_id,
    indicatorId: row.indicator_id,
    period: row.period,
    cause: row.cause,
    measures: measuresColumn.parse(JSON.parse(row.measures)),
    department: row.department,
    version: Number(row.version),
    filedBy: row.filed_by,
    filedByName: row.filed_by_name,
    filedAt: row.filed_at,
    updatedBy: row.updated_by,
    updatedByName: row.updated_by_name,
    updatedAt: row.updated_at,
  });
}

function rowOf(explanation: Explanation): ExplanationsTable {
  return {
    plan_id: explanation.planId,
    indicator_id: explanation.indicatorId,
    period: explanation.period,
    cause: explanation.cause,
    measures: JSON.stringify(explanation.measures),
    department: explanation.department,
    version: explanation.version,
    filed_by: explanation.filedBy,
    filed_by_name: explanation.filedByName,
    filed_at: canonicalInstant(explanation.filedAt),
    updated_by: explanation.updatedBy,
    updated_by_name: explanation.updatedByName,
    updated_at: canonicalInstant(explanation.updatedAt),
  };
}

class StaleExplanation extends Error {}

export class SqlAccountability implements AccountabilityPort {
  readonly #db: Kysely<StoreDatabase & AccountabilityTables>;

  constructor(
    db: Kysely<StoreDatabase>,
    private readonly events: SqlEvents,
  ) {
    this.#db = db.withTables<AccountabilityTables>();
  }

  async sendReminder(reminder: Reminder, audit: AuditEntryInput[], alert: AlertInput): Promise<void> {
    const stored = reminderSchema.parse(reminder);
    await this.events.write(async (trx, publish, raise) => {
      await trx
        .withTables<AccountabilityTables>()
        .insertInto('reminders')
        .values({
          id: stored.id,
          plan_id: stored.planId,
          indicator_id: stored.indicatorId,
          period: stored.period,
          department: stored.department,
          message: stored.message,
          days_late: stored.daysLate,
          sent_by: stored.sentBy,
          sent_by_name: stored.sentByName,
          sent_at: canonicalInstant(stored.sentAt),
        })
        .execute();
      await appendAuditRows(trx, audit);
      raise(alert);
      publish({ type: 'accountability', planId: stored.planId, ids: [stored.indicatorId] });
    });
  }

  async listReminders(filter: AccountabilityFilter): Promise<Reminder[]> {
    let query = this.#db.selectFrom('reminders').selectAll().where('plan_id', '=', filter.planId);
    if (filter.indicatorId !== undefined) query = query.where('indicator_id', '=', filter.indicatorId);
    return (await query.execute()).map(reminderFromRow).sort(byLatestSent);
  }

  async listExplanations(filter: AccountabilityFilter): Promise<Explanation[]> {
    let query = this.#db.selectFrom('explanations').selectAll().where('plan_id', '=', filter.planId);
    if (filter.indicatorId !== undefined) query = query.where('indicator_id', '=', filter.indicatorId);
    return (await query.execute()).map(explanationFromRow).sort(byIndicatorThenPeriod);
  }

  async #stored(indicatorId: string, period: string): Promise<Explanation | null> {
    const row = await this.#db
      .selectFrom('explanations')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .where('period', '=', period)
      .executeTakeFirst();
    return row ? explanationFromRow(row) : null;
  }

  async fileExplanation(
    change: ExplanationChange,
    expectedVersion: number | null,
    audit: ExplanationAudit,
  ): Promise<ExplanationWriteResult> {
    try {
      return await this.events.write(async (base, publish): Promise<ExplanationWriteResult> => {
        const trx = base.withTables<AccountabilityTables>();
        const row = await trx
          .selectFrom('explanations')
          .selectAll()
          .where('indicator_id', '=', change.indicatorId)
          .where('period', '=', change.period)
          .executeTakeFirst();
        const previous = row ? explanationFromRow(row) : null;
        if ((previous?.version ?? null) !== expectedVersion)
          return { outcome: 'conflict', current: previous };
        const explanation = explanationSchema.parse(explanationFrom(change, previous));
        if (previous === null) {
          await trx.insertInto('explanations').values(rowOf(explanation)).execute();
        } else {
          const updated = await trx
            .updateTable('explanations')
            .set(rowOf(explanation))
            .where('indicator_id', '=', change.indicatorId)
            .where('period', '=', change.period)
            .where('version', '=', previous.version)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1) throw new StaleExplanation();
        }
        await appendAuditRows(base, audit(explanation, previous));
        publish({ type: 'accountability', planId: change.planId, ids: [change.indicatorId] });
        return { outcome: 'done', explanation, previous };
      });
    } catch (error) {
      if (error instanceof StaleExplanation || isUniqueViolation(error))
        return { outcome: 'conflict', current: await this.#stored(change.indicatorId, change.period) };
      throw error;
    }
  }
}
