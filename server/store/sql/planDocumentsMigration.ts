/** Migration 0010_plan_documents: benchmark series per plan and departments per organisation, as JSON documents. */
import type { Kysely, Migration } from 'kysely';

export interface BenchmarkSeriesTable {
  id: string;
  plan_id: string;
  /** The BenchmarkSeries as JSON, its points included. */
  doc: string;
  version: number;
  updated_at: string;
}

export interface DepartmentsTable {
  id: string;
  /** The organisation's name (zh), as on its plans. */
  organisation: string;
  /** The Department as JSON. */
  doc: string;
  version: number;
  updated_at: string;
}

export const planDocumentsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('benchmark_series')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('benchmark_series_plan_id')
      .ifNotExists()
      .on('benchmark_series')
      .column('plan_id')
      .execute();
    await db.schema
      .createTable('departments')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation', 'text', (c) => c.notNull())
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('departments_organisation')
      .ifNotExists()
      .on('departments')
      .column('organisation')
      .execute();
  },
};
