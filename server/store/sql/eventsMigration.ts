/**
 * Migration 0007_events: the change log behind live updates (server/store/eventsPort.ts). Ids come
 * from a sequence; writers append under a lock held to their commit, so ids grow in commit order.
 */
import type { Generated, Kysely, Migration } from 'kysely';
import type { SqlDialectName } from './dialectName';

export interface EventsTable {
  id: Generated<number>;
  at: string;
  /** The LiveEvent as JSON. */
  doc: string;
}

export function eventsMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_at').ifNotExists().on('events').column('at').execute();
    },
  };
}
