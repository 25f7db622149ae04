/** Migration 0003_audit: the append-only audit trail and the indexes its filters use. */
import type { Kysely, Migration } from 'kysely';
import type { SqlDialectName } from './dialectName';

export function auditMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_entries')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text')
        .addColumn('field', 'text')
        .addColumn('old_value', 'text', (c) => c.notNull())
        .addColumn('new_value', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('batch_id', 'text')
        .execute();
      for (const [name, columns] of [
        ['audit_entries_plan_at', ['plan_id', 'at']],
        ['audit_entries_entity', ['entity_type', 'entity_id']],
        ['audit_entries_actor', ['actor']],
        ['audit_entries_batch', ['batch_id']],
      ] as const) {
        await db.schema
          .createIndex(name)
          .ifNotExists()
          .on('audit_entries')
          .columns([...columns])
          .execute();
      }
    },
  };
}
