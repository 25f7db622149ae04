/**
 * Which figures a read shows (src/domain/figureReview.ts): reviewed ones by default, those waiting
 * for review when asked, and the latest (drafts too) only for those who write or review.
 */
import type { Context } from 'hono';
import { mayChangeAnything } from '../../src/api/authContract';
import type { FigureView } from '../../src/domain/figureReview';
import type { PlanSummary } from '../../src/domain/model';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';

/** The view asked for, refused (401/403) when it is `current` and the reader may not see drafts. */
export function requestedFigureView(c: Context<AppEnv>, asked: FigureView | undefined): FigureView {
  const view = asked ?? 'official';
  if (view !== 'current') return view;
  const user = c.get('user') ?? null;
  if (!user) throw new ApiProblem('unauthorized');
  if (!mayChangeAnything(user)) throw new ApiProblem('forbidden');
  return view;
}

/** A plan whose review is off shows every saved figure, as before review existed. */
export function figureViewOf(plan: Pick<PlanSummary, 'reviewFigures'>, view: FigureView): FigureView {
  return plan.reviewFigures === true ? view : 'current';
}
