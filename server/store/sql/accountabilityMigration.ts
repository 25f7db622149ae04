/**
 * Migration `0013_accountability`: reminders sent about overdue figures (催报) and explanations of
 * lagging targets (原因分析, 整改措施), one per indicator and period.
 */
import type { Kysely, Migration } from 'kysely';

export interface RemindersTable {
  id: string;
  plan_id: string;
  indicator_id: string;
  period: string;
  department: string;
  message: string;
  days_late: number;
  sent_by: string;
  sent_by_name: string;
  sent_at: string;
}

export interface ExplanationsTable {
  plan_id: string;
  indicator_id: string;
  period: string;
  cause: string;
  /** The measures, each with its target date, as JSON. */
  measures: string;
  department: string;
  version: number;
  filed_by: string;
  filed_by_name: string;
  filed_at: string;
  updated_by: string;
  updated_by_name: string;
  updated_at: string;
}

export const accountabilityMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reminders')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('days_late', 'integer', (c) => c.notNull())
      .addColumn('sent_by', 'text', (c) => c.notNull())
      .addColumn('sent_by_name', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('reminders_plan_id')
      .ifNotExists()
      .on('reminders')
      .columns(['plan_id', 'indicator_id'])
      .execute();

    await db.schema
      .createTable('explanations')
      .ifNotExists()
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
      .addColumn('period', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('explanations_pk', ['indicator_id', 'period'])
      .addColumn('cause', 'text', (c) => c.notNull())
      .addColumn('measures', 'text', (c) => c.notNull())
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('filed_by', 'text', (c) => c.notNull())
      .addColumn('filed_by_name', 'text', (c) => c.notNull())
      .addColumn('filed_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_by_name', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('explanations_plan_id')
      .ifNotExists()
      .on('explanations')
      .column('plan_id')
      .execute();
  },
};
