/**
 * Live updates: what the server tells every open page over `GET /api/events`. Shared by the
 * client, the server and the mock.
 */
import { z } from 'zod';

/** What changed, sent to every open page over `GET /api/events` (server-sent events). */
export const liveEventTypes = [
  'values',
  'indicator',
  'plan',
  'projects',
  'workItems',
  'presentations',
] as const;
export const liveEventSchema = z.object({
  type: z.enum(liveEventTypes),
  planId: z.string(),
  /** The changed ids: indicator ids for values and indicator events. */
  ids: z.array(z.string()),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

/**
 * The first message of every stream (event name `ready`): when the server last told of a change
 * (milliseconds since 1970, server clock), or null when it has told of none since it started. A
 * page holding data read before then (a server-rendered page, read before its stream opened)
 * fetches that data again.
 */
export const liveReadySchema = z.object({ latestChangeAt: z.number().nullable() });
export type LiveReady = z.infer<typeof liveReadySchema>;
