/**
 * Versioned schema changes, kept in code and applied with Kysely's Migrator. Each runs once;
 * running the list again at the next start does nothing. Add new ones as 0002_…, never edit old ones.
 */
import {
  Migrator,
  type CreateTableBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import { accountabilityMigration } from './accountabilityMigration';
import { accountsMigration } from './accountsMigration';
import { alertsMigration } from './alertsMigration';
import { auditMigration } from './auditMigration';
import { eventsMigration } from './eventsMigration';
import { figureReviewMigration } from './figureReviewMigration';
import { annualInvestmentMigration } from './annualInvestmentMigration';
import { planDocumentsMigration } from './planDocumentsMigration';
import { presentationsMigration } from './presentationsMigration';
import { signInFailuresMigration } from './signInFailuresMigration';
import type { SqlDialectName } from './dialectName';
import { projectsMigration } from './projectsMigration';
import type { StoreDatabase } from './tables';

function initialTables(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plans')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('indicators')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
        .addColumn('action_id', 'text')
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('indicators_plan_id')
        .ifNotExists()
        .on('indicators')
        .column('plan_id')
        .execute();

      await db.schema
        .createTable('work_items')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
        .addColumn('action_id', 'text', (c) => c.notNull())
        .addColumn('ord', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('work_items_plan_id')
        .ifNotExists()
        .on('work_items')
        .column('plan_id')
        .execute();

      await db.schema
        .createTable('indicator_values')
        .ifNotExists()
        .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_id', 'period'])
        .$call(addFigureColumns)
        .execute();

      await db.schema
        .createTable('value_revisions')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicators.id'))
        .addColumn('period', 'text', (c) => c.notNull())
        .$call(addFigureColumns)
        .execute();
      await db.schema
        .createIndex('value_revisions_figure')
        .ifNotExists()
        .on('value_revisions')
        .columns(['indicator_id', 'period', 'recorded_at'])
        .execute();
    },
  };
}

function addFigureColumns<T extends string, C extends string>(table: CreateTableBuilder<T, C>) {
  return table
    .addColumn('value', 'double precision')
    .addColumn('judgement', 'text')
    .addColumn('achieved_on', 'text')
    .addColumn('note', 'text')
    .addColumn('source', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull());
}

function migrationProvider(dialect: SqlDialectName): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve({
        '0001_initial_tables': initialTables(dialect),
        '0002_accounts': accountsMigration,
        '0003_audit': auditMigration(dialect),
        '0004_projects': projectsMigration,
        '0005_presentations': presentationsMigration,
        '0006_sign_in_failures': signInFailuresMigration,
        '0007_events': eventsMigration(dialect),
        '0010_plan_documents': planDocumentsMigration,
        '0011_planned_annual_investment': annualInvestmentMigration,
        '0012_figure_review': figureReviewMigration,
        '0013_accountability': accountabilityMigration,
        '0014_alerts': alertsMigration(dialect),
      }),
  };
}

/**
 * Brings the schema up to date. `migrationSchema` (PostgreSQL only) keeps Kysely's bookkeeping
 * tables in the store's own schema, so that stores in other schemas of the same database do not mix.
 */
export async function migrateToLatest(
  db: Kysely<StoreDatabase>,
  dialect: SqlDialectName,
  migrationSchema?: string,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(migrationSchema ? { migrationTableSchema: migrationSchema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** The names of the migrations not yet applied: none once the schema is up to date. */
export async function pendingMigrations(
  db: Kysely<StoreDatabase>,
  dialect: SqlDialectName,
  migrationSchema?: string,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(migrationSchema ? { migrationTableSchema: migrationSchema } : {}),
  });
  const migrations = await migrator.getMigrations();
  return migrations
    .filter((migration) => migration.executedAt === undefined)
    .map((migration) => migration.name);
}
