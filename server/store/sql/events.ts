/**
 * The change log over SQL (server/store/eventsPort.ts). `SqlEvents.write` runs a write's
 * transaction and appends the events the write reports as its last statements, so the change and
 * its events commit together. On PostgreSQL the append takes a transaction-scoped advisory lock
 * held until commit, so ids are handed out in commit order and a reader that has seen id n has
 * seen every id below it; it also sends `pg_notify` with the last id (ids only: payloads stay
 * small), which PostgreSQL delivers to every listening server when the transaction commits.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { liveEventSchema, type LiveEvent } from '../../../src/api/liveContract';
import { tellCommitListeners, type CommitListener, type EventsPort, type StoredEvent } from '../eventsPort';
import type { AlertInput } from '../../../src/domain/alerts/alertRules';
import { raiseAlerts } from './alertOutbox';
import type { SqlDialectName } from './dialectName';
import type { StoreDatabase } from './tables';

/** The first key of the advisory lock that orders appends; the second is the schema's hash. */
const appendLockClass = 7007;

/** The NOTIFY channel of a schema's change log; LISTEN on it to hear every server's writes. */
export function eventsChannel(schema: string): string {
  return `tb_events_${schema}`.slice(0, 63);
}

/** Reports what a write changed; called inside the write, stored when it commits. */
export type Publish = (event: LiveEvent) => void;

/**
 * Raises an alert with the write (server/store/alertsPort.ts): stored in the outbox, with its
 * webhook deliveries, in the write's transaction.
 */
export type Raise = (alert: AlertInput) => void;

function storedFromRow(row: { id: number | string; at: string; doc: string }): StoredEvent {
  return { id: Number(row.id), at: row.at, event: liveEventSchema.parse(JSON.parse(row.doc)) };
}

export class SqlEvents implements EventsPort {
  readonly #listeners = new Set<CommitListener>();

  constructor(
    private readonly db: Kysely<StoreDatabase>,
    private readonly dialect: SqlDialectName,
  ) {}

  /** Runs `work` in a transaction and stores the events it publishes and the alerts it raises with it. */
  async write<Result>(
    work: (trx: Transaction<StoreDatabase>, publish: Publish, raise: Raise) => Promise<Result>,
  ): Promise<Result> {
    let stored: StoredEvent[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      const published: LiveEvent[] = [];
      const raised: AlertInput[] = [];
      const answer = await work(
        trx,
        (event) => published.push(liveEventSchema.parse(event)),
        (alert) => raised.push(alert),
      );
      await raiseAlerts(trx, raised);
      stored = await this.append(trx, published);
      return answer;
    });
    tellCommitListeners(this.#listeners, stored);
    return result;
  }

  private async append(trx: Transaction<StoreDatabase>, events: LiveEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    if (this.dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${appendLockClass}, hashtext(current_schema()))`.execute(trx);
    const at = new Date().toISOString();
    const rows = await trx
      .insertInto('events')
      .values(events.map((event) => ({ at, doc: JSON.stringify(event) })))
      .returning(['id', 'at', 'doc'])
      .execute();
    const stored = rows.map(storedFromRow).sort((a, b) => a.id - b.id);
    const last = stored.at(-1)?.id;
    if (this.dialect === 'postgres' && last !== undefined)
      await sql`select pg_notify('tb_events_' || current_schema(), ${String(last)})`.execute(trx);
    return stored;
  }

  async after(afterId: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .select(['id', 'at', 'doc'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(storedFromRow);
  }

  async has(id: number): Promise<boolean> {
    const row = await this.db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async latest(): Promise<StoredEvent | null> {
    const row = await this.db
      .selectFrom('events')
      .select(['id', 'at', 'doc'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? storedFromRow(row) : null;
  }

  async prune(before: string): Promise<number> {
    const removed = await this.db.deleteFrom('events').where('at', '<', before).executeTakeFirst();
    return Number(removed.numDeletedRows);
  }

  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
