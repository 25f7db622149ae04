/**
 * `POST /api/plan-drafts`: the targets and frame a work report states, read by the drafting reader
 * (src/domain/drafting). Nothing is stored. `POST /api/plan-drafts/confirm`: the targets the
 * planner accepted, written by an admin into a new or existing plan in one audited unit of work
 * (PlanEditing.confirmDraft). See src/api/planDraftsContract.ts.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SessionUser } from '../../src/api/authContract';
import {
  draftConfirmationBodySchema,
  maxDraftBodyBytes,
  maxDraftTextBytes,
  type PlanDraftResponse,
} from '../../src/api/planDraftsContract';
import { draftPlan } from '../../src/domain/drafting/draftPlan';
import { looksChinese } from '../../src/domain/drafting/language';
import { requireAdmin, requireSignedIn } from '../auth/guards';
import { readReportInput } from '../drafting/reportInput';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody } from '../http/body';
import { ApiProblem, errorResponse } from '../http/errors';
import type { Store } from '../store/port';
import { actorOf } from './planEditing';

/** Admins and editors draft plans; viewers may not (403), anonymous visitors must sign in (401). */
function requireDrafter(c: Context<AppEnv>): SessionUser {
  const user = requireSignedIn(c);
  if (user.role === 'viewer') throw new ApiProblem('forbidden');
  return user;
}

const refuse = (reason: string) => new ApiProblem('invalidBody', { field: 'text', reason });

const draftBodyLimit = bodyLimit({
  maxSize: maxDraftBodyBytes,
  onError: (c) => {
    c.header('Connection', 'close');
    return errorResponse(c, 'payloadTooLarge');
  },
});

export function planDraftRoutes(store: Store) {
  return new Hono<AppEnv>()
    .post('/confirm', draftBodyLimit, async (c) => {
      const user = requireAdmin(c);
      const { note, ...confirmation } = await readJsonBody(c, draftConfirmationBodySchema);
      const result = await store.planEditing.confirmDraft(confirmation, actorOf(user), note);
      return c.json(result, 201);
    })
    .post('/', draftBodyLimit, async (c) => {
      requireDrafter(c);
      const { text, year } = await readReportInput(c);
      if (text.trim().length === 0) throw refuse('textEmpty');
      if (new TextEncoder().encode(text).length > maxDraftTextBytes) throw refuse('textTooLarge');
      if (!looksChinese(text)) throw refuse('notChinese');
      const draft = draftPlan(text, year === undefined ? {} : { year });
      if (draft.targets.length === 0) throw refuse('noTargets');
      const response: PlanDraftResponse = { ...draft, text };
      return c.json(response);
    });
}
