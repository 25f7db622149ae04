/**
 * Hearing other servers' writes on PostgreSQL: one connection of its own LISTENs on the schema's
 * channel, to which every write sends `pg_notify` with its last event id when it commits (see
 * server/store/sql/events.ts). Each notification wakes the bus, which reads the change log.
 * A dropped connection is opened again (1 s, 2 s, 4 s … at most 30 s apart) and the bus is woken,
 * since announcements may have been missed meanwhile.
 *
 * Some PostgreSQL-compatible databases have no LISTEN, and behind a transaction-pooling proxy it
 * is accepted but nothing arrives. So at start a probe is sent and must come back: when it does
 * not, `listenForChanges` rejects and the server polls the change log instead.
 */
import pg from 'pg';
import { eventsChannel } from '../store/sql/events';

export interface ChangeAnnouncements {
  close(): Promise<void>;
}

const probeWaitMillis = 2_000;
const firstPauseMillis = 1_000;
const longestPauseMillis = 30_000;
const connectionTimeoutMillis = 5_000;

/** NOTIFY does not reach this server: why, in one line. */
export class NotifyUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotifyUnavailableError';
  }
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

async function listeningClient(
  databaseUrl: string,
  channel: string,
  onNotice: () => void,
): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis });
  client.on('notification', (message) => {
    if (message.channel === channel) onNotice();
  });
  await client.connect();
  try {
    await client.query(`listen ${quoted(channel)}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

/** Sends a probe through `pg_notify` on another connection and waits for it to come back. */
async function probe(databaseUrl: string, channel: string, arrived: Promise<void>): Promise<void> {
  const sender = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis });
  await sender.connect();
  try {
    await sender.query('select pg_notify($1, $2)', [channel, 'probe']);
  } finally {
    await sender.end().catch(() => undefined);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NotifyUnavailableError(`no notification came back within ${probeWaitMillis} ms`)),
      probeWaitMillis,
    );
  });
  try {
    await Promise.race([arrived, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Listens for the writes of every server on `schema`'s change log and calls `wake` for each.
 * Rejects with NotifyUnavailableError when LISTEN fails or a probe does not come back.
 */
export async function listenForChanges(
  databaseUrl: string,
  schema: string,
  wake: () => void,
  warn: (message: string, error: unknown) => void = (message, error) => console.warn(message, error),
): Promise<ChangeAnnouncements> {
  const channel = eventsChannel(schema);
  let probed: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (probed = resolve));
  let client: pg.Client;
  try {
    client = await listeningClient(databaseUrl, channel, () => {
      probed();
      wake();
    });
  } catch (error) {
    throw new NotifyUnavailableError(`LISTEN failed: ${(error as Error).message}`, { cause: error });
  }
  try {
    await probe(databaseUrl, channel, arrived);
  } catch (error) {
    await client.end().catch(() => undefined);
    if (error instanceof NotifyUnavailableError) throw error;
    throw new NotifyUnavailableError(`pg_notify failed: ${(error as Error).message}`, { cause: error });
  }

  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const watch = (current: pg.Client) => {
    const dropped = (error?: unknown) => {
      current.removeAllListeners('end');
      current.removeAllListeners('error');
      current.on('error', () => undefined);
      void current.end().catch(() => undefined);
      if (closed) return;
      if (failures === 0) warn('the connection that hears other servers dropped; opening it again', error);
      const pause = Math.min(longestPauseMillis, firstPauseMillis * 2 ** failures);
      failures += 1;
      retry = setTimeout(reconnect, pause);
      retry.unref();
    };
    current.once('error', dropped);
    current.once('end', () => dropped());
  };
  const reconnect = () => {
    listeningClient(databaseUrl, channel, wake).then(
      (next) => {
        if (closed) {
          void next.end();
          return;
        }
        failures = 0;
        client = next;
        watch(next);
        wake(); // announcements may have been missed while it was down
      },
      () => {
        const pause = Math.min(longestPauseMillis, firstPauseMillis * 2 ** failures);
        failures += 1;
        retry = setTimeout(reconnect, pause);
        retry.unref();
      },
    );
  };
  watch(client);

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
