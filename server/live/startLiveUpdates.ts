/**
 * How a server hears of changes, by storage: SQLite (one process) hears its own commits, and
 * reads the change log every 5 s in case another process (`npm run demo:remove`) wrote;
 * PostgreSQL adds LISTEN/NOTIFY for the writes of other servers (and reads every 30 s in case an
 * announcement was lost), or, when NOTIFY is missing or LIVE_UPDATES=poll, reads the change log
 * twice a second. Node only.
 */
import type { LiveUpdatesMode } from '../deploymentConfig';
import type { Store } from '../store/port';
import { createEventBus, type EventBus } from './bus';
import { listenForChanges, NotifyUnavailableError, type ChangeAnnouncements } from './notifications';

/** Without NOTIFY to wake it: SQLite, in case another process wrote. */
export const oneProcessPollMillis = 5_000;
/** With NOTIFY: only in case an announcement was lost. */
export const safetyPollMillis = 30_000;
export const pollMillis = 500;
/** Events are kept a day: a page away for longer fetches everything again when it reconnects. */
export const keepEventsMillis = 24 * 60 * 60 * 1000;

export interface LiveUpdates {
  bus: EventBus;
  /** For the start-up line: how this server hears of other servers' writes. */
  description: string;
  close(): Promise<void>;
}

export interface LiveUpdatesOptions {
  store: Store;
  mode: LiveUpdatesMode;
  /** PostgreSQL only. */
  databaseUrl?: string | null;
  pgSchema?: string;
}

export async function startLiveUpdates(options: LiveUpdatesOptions): Promise<LiveUpdates> {
  const { store } = options;
  // NOTIFY is set up before the bus exists, so that it is known how often the bus must poll.
  const woken: { bus?: EventBus } = {};
  let announcements: ChangeAnnouncements | null = null;
  let description: string;
  let every = safetyPollMillis;
  if (store.kind !== 'postgres' || !options.databaseUrl) {
    every = oneProcessPollMillis;
    description = 'this process only (SQLite is a one-process database)';
  } else if (options.mode === 'poll') {
    every = pollMillis;
    description = `polling the change log every ${pollMillis} ms (LIVE_UPDATES=poll)`;
  } else {
    try {
      announcements = await listenForChanges(options.databaseUrl, options.pgSchema ?? 'public', () => {
        void woken.bus?.wake();
      });
      description = 'PostgreSQL LISTEN/NOTIFY';
    } catch (error) {
      if (!(error instanceof NotifyUnavailableError)) throw error;
      every = pollMillis;
      description = `NOTIFY unavailable (${error.message}); polling the change log every ${pollMillis} ms instead`;
    }
  }
  const running = createEventBus(store.events, { pollMillis: every, keepMillis: keepEventsMillis });
  woken.bus = running;
  await running.ready();
  return {
    bus: running,
    description,
    async close() {
      running.close();
      await announcements?.close();
    },
  };
}
