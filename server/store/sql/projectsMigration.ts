/** Migration 0004_projects: the project registry, one JSON document per project. */
import type { Kysely, Migration } from 'kysely';

/** The projects table, as Kysely sees it. */
export interface ProjectsTable {
  id: string;
  plan_id: string;
  /** The Project as JSON. */
  doc: string;
  /** 1 for a demo project (示例), 0 for a real one. */
  is_demo: number;
  version: number;
  /** Canonical UTC ISO instant. */
  updated_at: string;
}

export const projectsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('projects')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('doc', 'text', (c) => c.notNull())
      .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('projects_plan_id').ifNotExists().on('projects').column('plan_id').execute();
  },
};
