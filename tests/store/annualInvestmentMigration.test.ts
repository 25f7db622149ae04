import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annualInvestmentMigration } from '../../server/store/sql/annualInvestmentMigration';
import { connectSqlite } from '../../server/store/sql/connect';

describe('the migration that takes the year out of the planned annual investment', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'target-board-migration-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps each stored project’s figure under the year-free name, and leaves renamed ones alone', async () => {
    const db = connectSqlite(path.join(dataDir, 'store.sqlite'));
    await db.schema
      .createTable('projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('doc', 'text', (c) => c.notNull())
      .execute();
    const rows = [
      {
        id: 'old',
        doc: JSON.stringify({ id: 'old', plannedTotalInvestment: 12, plannedInvestment2024: 3.5 }),
      },
      {
        id: 'new',
        doc: JSON.stringify({ id: 'new', plannedTotalInvestment: 8, plannedAnnualInvestment: 2 }),
      },
    ];
    // The table as this test made it, not the store's full projects table.
    const untyped = db as unknown as import('kysely').Kysely<{ projects: { id: string; doc: string } }>;
    await untyped.insertInto('projects').values(rows).execute();

    await annualInvestmentMigration.up(db);

    const stored = await untyped.selectFrom('projects').select(['id', 'doc']).orderBy('id').execute();
    expect(stored.map((row) => JSON.parse(row.doc) as unknown)).toEqual([
      { id: 'new', plannedTotalInvestment: 8, plannedAnnualInvestment: 2 },
      { id: 'old', plannedTotalInvestment: 12, plannedAnnualInvestment: 3.5 },
    ]);
    await db.destroy();
  });
});
