/**
 * A change to a plan's data, as the stores keep it in their change log and every open page is
 * told of it (src/api/liveContract.ts sends it as it is).
 */
import { z } from 'zod';

/** What kind of data changed. */
export const changeKinds = ['values', 'indicator', 'plan', 'projects', 'workItems', 'presentations'] as const;

export const planChangeSchema = z.object({
  type: z.enum(changeKinds),
  planId: z.string(),
  /** The changed ids: indicator ids for values and indicator changes. */
  ids: z.array(z.string()),
});
export type PlanChange = z.infer<typeof planChangeSchema>;
