/** Migration 0006_sign_in_failures: failed sign-ins within the throttling window, shared by every server process. */
import type { Kysely, Migration } from 'kysely';

export const signInFailuresMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sign_in_failures')
      .ifNotExists()
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sign_in_failures_key_at')
      .ifNotExists()
      .on('sign_in_failures')
      .columns(['key', 'at'])
      .execute();
    await db.schema
      .createIndex('sign_in_failures_at')
      .ifNotExists()
      .on('sign_in_failures')
      .column('at')
      .execute();
  },
};
