/**
 * The slides a plan offers, in the order a review meeting takes them: the title, each main
 * expected target, each campaign action, then the key-project portfolio (the indicators computed
 * from the project registry: start rate, production, investment, urban works). A saved deck
 * picks and orders them, with a duration each; without a deck every slide shows for 20 s.
 */
import type { PlanTreeResponse } from '../../api/contract';
import {
  actionSlideId,
  defaultSlideSeconds,
  indicatorSlideId,
  titleSlideId,
  type Deck,
  type SlideId,
} from '../../api/presentContract';
import type { CampaignAction, Indicator, WorkItem } from '../../domain/model';

export type Slide =
  | { kind: 'title'; id: SlideId }
  | {
      kind: 'indicator';
      id: SlideId;
      indicator: Indicator;
      action: CampaignAction | null;
      portfolio: boolean;
    }
  | { kind: 'action'; id: SlideId; action: CampaignAction; indicators: Indicator[]; workItems: WorkItem[] };

/** A slide in the running order, with how long it stays up. */
export interface PlannedSlide {
  slide: Slide;
  durationSeconds: number;
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Every slide of the plan, keyed by id, in the default running order. */
export function slidesOfPlan(tree: PlanTreeResponse): Slide[] {
  const actions = [...tree.plan.actions].sort(byOrder);
  const indicators = [...tree.indicators].sort(byOrder);
  const actionOf = (indicator: Indicator) =>
    actions.find((action) => action.id === indicator.actionId) ?? null;
  const indicatorSlide = (indicator: Indicator): Slide => ({
    kind: 'indicator',
    id: indicatorSlideId(indicator.id),
    indicator,
    action: actionOf(indicator),
    portfolio: indicator.derivation !== null,
  });
  const mainTargets = indicators.filter((indicator) => indicator.actionId === null);
  const portfolio = indicators.filter(
    (indicator) => indicator.actionId !== null && indicator.derivation !== null,
  );
  const others = indicators.filter(
    (indicator) => indicator.actionId !== null && indicator.derivation === null,
  );
  return [
    { kind: 'title', id: titleSlideId },
    ...mainTargets.map(indicatorSlide),
    ...actions.map((action): Slide => ({
      kind: 'action',
      id: actionSlideId(action.id),
      action,
      indicators: indicators.filter((indicator) => indicator.actionId === action.id),
      workItems: tree.workItems.filter((item) => item.actionId === action.id).sort(byOrder),
    })),
    ...portfolio.map(indicatorSlide),
    // Offered in the deck editor, not shown by default: their action's slide already lists them.
    ...others.map(indicatorSlide),
  ];
}

/** The slides shown without a deck: every slide but the action indicators their action slide already shows. */
export function defaultRunningOrder(tree: PlanTreeResponse): PlannedSlide[] {
  return slidesOfPlan(tree)
    .filter((slide) => slide.kind !== 'indicator' || slide.indicator.actionId === null || slide.portfolio)
    .map((slide) => ({ slide, durationSeconds: defaultSlideSeconds }));
}

/** A deck's slides in its order; slides the plan no longer has are left out. */
export function deckRunningOrder(tree: PlanTreeResponse, deck: Deck): PlannedSlide[] {
  const byId = new Map(slidesOfPlan(tree).map((slide) => [slide.id, slide]));
  return deck.slides.flatMap(({ slideId, durationSeconds }) => {
    const slide = byId.get(slideId);
    return slide ? [{ slide, durationSeconds }] : [];
  });
}

/**
 * A link may name a slide the running order leaves out (an action's own indicator, or one a deck
 * does not hold): it is shown where it belongs — after its action's slide, else at the end — and
 * the arrows go on through the running order from there.
 */
export function withLinkedSlide(
  tree: PlanTreeResponse,
  order: PlannedSlide[],
  slideId: string | undefined,
): PlannedSlide[] {
  if (slideId === undefined || order.some((planned) => planned.slide.id === slideId)) return order;
  const slide = slidesOfPlan(tree).find((candidate) => candidate.id === slideId);
  if (!slide) return order;
  const linked = { slide, durationSeconds: defaultSlideSeconds };
  const actionId = slide.kind === 'indicator' ? slide.action?.id : undefined;
  const after = actionId ? order.findIndex((planned) => planned.slide.id === actionSlideId(actionId)) : -1;
  const at = after >= 0 ? after + 1 : order.length;
  return [...order.slice(0, at), linked, ...order.slice(at)];
}
