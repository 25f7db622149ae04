/**
 * Decks and snapshots over SQL, one set of Kysely queries for SQLite and PostgreSQL. A deck's
 * version check and write happen in one statement (`where version = expected`), so two editors
 * saving at once cannot both win.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  deckSchema,
  deckSlideSchema,
  snapshotSummarySchema,
  storedSnapshotSchema,
  type Deck,
  type SnapshotSummary,
  type StoredSnapshot,
} from '../../../src/domain/presentations';
import { canonicalInstant } from '../instant';
import type { SqlEvents } from './events';
import type { StoreDatabase } from './tables';
import { byLatestChange, byLatestMeeting } from '../presentationsOrdering';
import type { DeckChange, DeckWriteResult, PresentationsPort } from '../presentationsPort';

export interface DecksTable {
  id: string;
  plan_id: string;
  name: string;
  /** The slides as JSON. */
  slides: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface SnapshotsTable {
  id: string;
  plan_id: string;
  name: string;
  meeting_date: string;
  as_of: string | null;
  as_of_period: string;
  taken_at: string;
  taken_by: string;
  /** `{ tree, standings }` as JSON. */
  doc: string;
}

/** A type, not an interface: `withTables` wants a record type. */
export type PresentationTables = {
  decks: DecksTable;
  snapshots: SnapshotsTable;
};

const slidesSchema = z.array(deckSlideSchema);
const snapshotDocSchema = storedSnapshotSchema.pick({ tree: true, standings: true });

function deckFromRow(row: DecksTable): Deck {
  return deckSchema.parse({
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    slides: slidesSchema.parse(JSON.parse(row.slides)),
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  });
}

function summaryFromRow(row: Omit<SnapshotsTable, 'doc'>): SnapshotSummary {
  return snapshotSummarySchema.parse({
    id: row.id,
    planId: row.plan_id,
    name: row.name,
    meetingDate: row.meeting_date,
    asOf: row.as_of,
    asOfPeriod: row.as_of_period,
    takenAt: row.taken_at,
    takenBy: row.taken_by,
  });
}

const summaryColumns = [
  'id',
  'plan_id',
  'name',
  'meeting_date',
  'as_of',
  'as_of_period',
  'taken_at',
  'taken_by',
] as const;

export class SqlPresentations implements PresentationsPort {
  readonly #db: Kysely<StoreDatabase & PresentationTables>;

  constructor(
    db: Kysely<StoreDatabase>,
    private readonly events: SqlEvents,
  ) {
    this.#db = db.withTables<PresentationTables>();
  }

  async listDecks(planId: string): Promise<Deck[]> {
    const rows = await this.#db.selectFrom('decks').selectAll().where('plan_id', '=', planId).execute();
    return rows.map(deckFromRow).sort(byLatestChange);
  }

  async getDeck(deckId: string): Promise<Deck | null> {
    const row = await this.#db.selectFrom('decks').selectAll().where('id', '=', deckId).executeTakeFirst();
    return row ? deckFromRow(row) : null;
  }

  async createDeck(deck: Deck): Promise<void> {
    const stored = deckSchema.parse(deck);
    await this.events.write(async (trx, publish) => {
      await trx
        .withTables<PresentationTables>()
        .insertInto('decks')
        .values({
          id: stored.id,
          plan_id: stored.planId,
          name: stored.name,
          slides: JSON.stringify(stored.slides),
          version: 1,
          created_by: stored.createdBy,
          created_at: canonicalInstant(stored.createdAt),
          updated_by: stored.updatedBy,
          updated_at: canonicalInstant(stored.updatedAt),
        })
        .execute();
      publish({ type: 'presentations', planId: stored.planId, ids: [stored.id] });
    });
  }

  async updateDeck(deckId: string, expectedVersion: number, change: DeckChange): Promise<DeckWriteResult> {
    const slides = slidesSchema.parse(change.slides);
    return this.events.write(async (base, publish): Promise<DeckWriteResult> => {
      const trx = base.withTables<PresentationTables>();
      const result = await trx
        .updateTable('decks')
        .set({
          name: change.name,
          slides: JSON.stringify(slides),
          updated_by: change.updatedBy,
          updated_at: canonicalInstant(change.updatedAt),
          version: expectedVersion + 1,
        })
        .where('id', '=', deckId)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      const row = await trx.selectFrom('decks').selectAll().where('id', '=', deckId).executeTakeFirst();
      if (!row) return { outcome: 'notFound' };
      const current = deckFromRow(row);
      if (Number(result.numUpdatedRows) !== 1) return { outcome: 'conflict', current };
      publish({ type: 'presentations', planId: current.planId, ids: [deckId] });
      return { outcome: 'done', deck: current };
    });
  }

  async deleteDeck(deckId: string, expectedVersion: number): Promise<DeckWriteResult> {
    const deleted = await this.events.write(async (base, publish) => {
      const removed = await base
        .withTables<PresentationTables>()
        .deleteFrom('decks')
        .where('id', '=', deckId)
        .where('version', '=', expectedVersion)
        .returning('plan_id')
        .executeTakeFirst();
      if (removed) publish({ type: 'presentations', planId: removed.plan_id, ids: [deckId] });
      return removed !== undefined;
    });
    if (deleted) return { outcome: 'done', deck: null };
    const current = await this.getDeck(deckId);
    return current ? { outcome: 'conflict', current } : { outcome: 'notFound' };
  }

  async createSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const stored = storedSnapshotSchema.parse(snapshot);
    await this.#db
      .insertInto('snapshots')
      .values({
        id: stored.id,
        plan_id: stored.planId,
        name: stored.name,
        meeting_date: stored.meetingDate,
        as_of: stored.asOf,
        as_of_period: stored.asOfPeriod,
        taken_at: canonicalInstant(stored.takenAt),
        taken_by: stored.takenBy,
        doc: JSON.stringify({ tree: stored.tree, standings: stored.standings }),
      })
      .execute();
  }

  async listSnapshots(planId: string): Promise<SnapshotSummary[]> {
    const rows = await this.#db
      .selectFrom('snapshots')
      .select(summaryColumns)
      .where('plan_id', '=', planId)
      .execute();
    return rows.map(summaryFromRow).sort(byLatestMeeting);
  }

  async getSnapshot(snapshotId: string): Promise<StoredSnapshot | null> {
    const row = await this.#db
      .selectFrom('snapshots')
      .selectAll()
      .where('id', '=', snapshotId)
      .executeTakeFirst();
    if (!row) return null;
    const doc = snapshotDocSchema.parse(JSON.parse(row.doc));
    return storedSnapshotSchema.parse({ ...summaryFromRow(row), ...doc });
  }
}
