/**
 * Migration `0005_presentations`: saved slide decks and meeting snapshots. Each document (a deck's
 * slides, a snapshot's frozen plan tree) is JSON text, beside the columns queries filter and order on.
 */
import type { Kysely, Migration } from 'kysely';

export const presentationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('decks')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('slides', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('decks_plan_id').ifNotExists().on('decks').column('plan_id').execute();

    await db.schema
      .createTable('snapshots')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text')
      .addColumn('as_of_period', 'text', (c) => c.notNull())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('taken_by', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('snapshots_plan_id')
      .ifNotExists()
      .on('snapshots')
      .column('plan_id')
      .execute();
  },
};
