/**
 * The planner's review of a draft: each proposal the reader made (or the planner added) is
 * accepted, edited, dropped, merged with others or split apart. Nothing here writes anything;
 * `confirmedTargets` gives what the planner accepted, for the plan-creation step to write.
 */
import type { DraftTargetBody, PlanDraftResponse, ReviewedTargetBody } from '../../api/planDraftsContract';
import type { DraftComparator, DraftDirection, DraftKind } from '../../domain/drafting/types';

/** One dated threshold of a proposal; a merged proposal (开工率 >90% by Q1, 100% by H1) has several. */
export interface ThresholdProposal {
  comparator: DraftComparator;
  value: number | null;
  valueMax: number | null;
  band: number | null;
  unit: string | null;
  deadline: string | null;
}

export interface Quote {
  sentence: string;
  at: number;
}

export type Decision = 'pending' | 'accepted' | 'dropped';

export interface Proposal {
  id: string;
  name: string;
  kind: DraftKind;
  direction: DraftDirection;
  binding: boolean;
  actionName: string | null;
  thresholds: ThresholdProposal[];
  /** The words of the report it comes from; none for a proposal the planner added. */
  quotes: Quote[];
  decision: Decision;
  origin: 'reader' | 'planner';
}

export interface Review {
  text: string;
  year: number | null;
  frame: PlanDraftResponse['frame'];
  proposals: Proposal[];
  /** The next id for a proposal made here (an added one, or a part split off). */
  nextId: number;
}

function thresholdOf(target: DraftTargetBody): ThresholdProposal {
  const { comparator, value, valueMax, band, unit, deadline } = target;
  return { comparator, value, valueMax, band, unit, deadline };
}

export function reviewOf(draft: PlanDraftResponse): Review {
  return {
    text: draft.text,
    year: draft.year,
    frame: draft.frame,
    nextId: draft.targets.length + 1,
    proposals: draft.targets.map((target, index) => ({
      id: `p${index + 1}`,
      name: target.name.zh,
      kind: target.kind,
      direction: target.direction,
      binding: target.binding,
      actionName: target.actionName,
      thresholds: [thresholdOf(target)],
      quotes: [{ sentence: target.sentence, at: target.at }],
      decision: 'pending',
      origin: 'reader',
    })),
  };
}

export type ProposalPatch = Partial<
  Pick<Proposal, 'name' | 'kind' | 'direction' | 'binding' | 'actionName' | 'decision'>
>;

export type ReviewAction =
  | { type: 'decide'; id: string; decision: Decision }
  | { type: 'edit'; id: string; patch: ProposalPatch }
  | { type: 'editThreshold'; id: string; index: number; patch: Partial<ThresholdProposal> }
  | { type: 'merge'; ids: string[] }
  | { type: 'split'; id: string }
  | { type: 'add'; name: string };

const update = (review: Review, id: string, change: (proposal: Proposal) => Proposal): Review => ({
  ...review,
  proposals: review.proposals.map((proposal) => (proposal.id === id ? change(proposal) : proposal)),
});

/** Thresholds in date order, undated last. */
const byDeadline = (a: ThresholdProposal, b: ThresholdProposal) =>
  (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999');

export function reviewReducer(review: Review, action: ReviewAction): Review {
  switch (action.type) {
    case 'decide':
      return update(review, action.id, (proposal) => ({ ...proposal, decision: action.decision }));
    case 'edit':
      // An edit is the planner's word on the proposal: it counts as accepted.
      return update(review, action.id, (proposal) => ({
        ...proposal,
        ...action.patch,
        decision: action.patch.decision ?? 'accepted',
      }));
    case 'editThreshold':
      return update(review, action.id, (proposal) => ({
        ...proposal,
        decision: 'accepted',
        thresholds: proposal.thresholds.map((threshold, index) =>
          index === action.index ? { ...threshold, ...action.patch } : threshold,
        ),
      }));
    case 'merge': {
      const merged = review.proposals.filter((proposal) => action.ids.includes(proposal.id));
      const [first, ...rest] = merged;
      if (!first || rest.length === 0) return review;
      const into: Proposal = {
        ...first,
        decision: 'accepted',
        thresholds: merged.flatMap((proposal) => proposal.thresholds).sort(byDeadline),
        quotes: merged.flatMap((proposal) => proposal.quotes),
      };
      const gone = new Set(rest.map((proposal) => proposal.id));
      return {
        ...review,
        proposals: review.proposals
          .filter((proposal) => !gone.has(proposal.id))
          .map((proposal) => (proposal.id === first.id ? into : proposal)),
      };
    }
    case 'split': {
      const at = review.proposals.findIndex((proposal) => proposal.id === action.id);
      const proposal = review.proposals[at];
      if (!proposal || proposal.thresholds.length < 2) return review;
      let nextId = review.nextId;
      const parts = proposal.thresholds.map((threshold, index): Proposal => ({
        ...proposal,
        id: index === 0 ? proposal.id : `p${nextId++}`,
        thresholds: [threshold],
        quotes: proposal.quotes[index] ? [proposal.quotes[index]] : proposal.quotes.slice(0, 1),
      }));
      const proposals = [...review.proposals];
      proposals.splice(at, 1, ...parts);
      return { ...review, proposals, nextId };
    }
    case 'add': {
      const added: Proposal = {
        id: `p${review.nextId}`,
        name: action.name,
        kind: 'cumulativeCount',
        direction: 'higherIsBetter',
        binding: false,
        actionName: null,
        thresholds: [
          {
            comparator: 'gte',
            value: null,
            valueMax: null,
            band: null,
            unit: null,
            deadline: review.year === null ? null : `${review.year}-12-31`,
          },
        ],
        quotes: [],
        decision: 'accepted',
        origin: 'planner',
      };
      return { ...review, proposals: [...review.proposals, added], nextId: review.nextId + 1 };
    }
  }
}

export interface ReviewCounts {
  pending: number;
  accepted: number;
  dropped: number;
}

export function reviewCounts(review: Review): ReviewCounts {
  const counts: ReviewCounts = { pending: 0, accepted: 0, dropped: 0 };
  for (const proposal of review.proposals) counts[proposal.decision] += 1;
  return counts;
}

/**
 * The targets the planner accepted, in the report's order: what the confirm step writes in one
 * audited unit of work (`POST /api/plan-drafts/confirm`). Nothing is written here.
 */
export function confirmedTargets(review: Review): Proposal[] {
  return review.proposals.filter((proposal) => proposal.decision === 'accepted');
}

/** The accepted targets as the confirm request carries them. */
export function reviewedTargets(review: Review): ReviewedTargetBody[] {
  return confirmedTargets(review).map((proposal) => ({
    name: proposal.name,
    kind: proposal.kind,
    direction: proposal.direction,
    binding: proposal.binding,
    actionName: proposal.actionName,
    thresholds: proposal.thresholds,
    quotes: proposal.quotes.map((quote) => quote.sentence),
  }));
}
