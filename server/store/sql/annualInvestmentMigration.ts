/**
 * Migration 0011_planned_annual_investment: a project's planned investment for its plan's year was
 * stored under a field named after a plan year (`plannedInvestment` + the year); it becomes `plannedAnnualInvestment`, the figures kept.
 * Audit entries are never changed: older ones keep the old field name, and readers know both.
 */
import type { Kysely, Migration } from 'kysely';
import { isYearNamedAnnualInvestment } from '../../../src/domain/projects/fields';

interface ProjectRow {
  id: string;
  doc: string;
}

export const annualInvestmentMigration: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<{ projects: ProjectRow }>;
    const rows = await db.selectFrom('projects').select(['id', 'doc']).execute();
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as Record<string, unknown>;
      const yearNamed = Object.keys(doc).find(isYearNamedAnnualInvestment);
      if (yearNamed === undefined) continue;
      const { [yearNamed]: figure, ...rest } = doc;
      const next = { ...rest, plannedAnnualInvestment: figure };
      await db
        .updateTable('projects')
        .set({ doc: JSON.stringify(next) })
        .where('id', '=', row.id)
        .execute();
    }
  },
};
