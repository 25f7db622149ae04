/**
 * Migration 0012_figure_review: where each figure is in the office's review (草稿, 已报送, 已审核,
 * 已退回), its reviewer's comment, and who changed the state when; on the current figure and on
 * every revision, so that official views can find the latest approved one at any cut-off. Figures
 * stored before have no state: they count at once, as they did.
 */
import type { Kysely, Migration } from 'kysely';

const tables = ['indicator_values', 'value_revisions'] as const;
const columns = ['review_state', 'review_comment', 'review_changed_by', 'review_changed_at'] as const;

export const figureReviewMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of tables)
      for (const column of columns) await db.schema.alterTable(table).addColumn(column, 'text').execute();
    await db.schema
      .createIndex('indicator_values_review_state')
      .ifNotExists()
      .on('indicator_values')
      .column('review_state')
      .execute();
  },
};
