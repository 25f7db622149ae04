/**
 * Live updates: what the server tells every open page over `GET /api/events`. Shared by the
 * client, the server and the mock.
 */
import { z } from 'zod';
import { changeKinds, planChangeSchema, type PlanChange } from '../domain/changes';

/** What changed, sent to every open page over `GET /api/events` (server-sent events): a change as the domain keeps it. */
export const liveEventTypes = changeKinds;
export const liveEventSchema = planChangeSchema;
export type LiveEvent = PlanChange;

/**
 * The first message of every stream (event name `ready`): when the server last told of a change
 * (milliseconds since 1970, the writing server's clock), or null when no change is kept. A
 * page holding data read before then (a server-rendered page, read before its stream opened)
 * fetches that data again. Each later message carries the event's id (growing in the order the
 * changes were stored); a page that reconnects passes the last one it heard, as the Last-Event-ID
 * header or `?lastEventId=`, and is sent what it missed.
 */
export const liveReadySchema = z.object({
  latestChangeAt: z.number().nullable(),
  /**
   * Only when the stream was opened with a last event id: true when every event after it follows
   * (so the page need fetch nothing more), false when some are no longer kept (fetch everything).
   */
  caughtUp: z.boolean().optional(),
});
export type LiveReady = z.infer<typeof liveReadySchema>;

/** `GET /api/events?lastEventId=`: the id of the last event a reconnecting page heard. */
export const liveEventsQuerySchema = z
  .object({
    lastEventId: z
      .string()
      .regex(/^\d{1,15}$/)
      .transform(Number)
      .optional(),
  })
  .strict();
