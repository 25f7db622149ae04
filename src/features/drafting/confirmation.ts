/**
 * The confirm step's form: where the accepted targets go (a new plan, prefilled from the report,
 * or an existing one), the request that writes them, and what each target becomes with its
 * problems, for the preview. Nothing here writes anything.
 */
import type { DraftConfirmationBody } from '../../api/planDraftsContract';
import type { PlanSummary } from '../../domain/model';
import type { OrganisationLevel } from '../../domain/model';
import { draftedIndicator, draftedIndicatorProblems } from '../../domain/drafting/draftedIndicator';
import { reportHeading } from '../../domain/drafting/reportHeading';
import { reviewedTargets, type Review } from './proposals';

/** The longest source text a plan keeps (newPlanInputSchema). */
const maxSourceText = 200_000;

export interface NewPlanFields {
  organisation: string;
  level: OrganisationLevel;
  year: string;
  title: string;
  documentTitle: string;
  publishedOn: string;
}

export type Destination =
  { kind: 'newPlan'; fields: NewPlanFields } | { kind: 'existingPlan'; planId: string };

export function proposedNewPlan(review: Review, thisYear: number): NewPlanFields {
  const heading = reportHeading(review.text);
  const year = review.year ?? thisYear;
  const organisation = heading.organisation ?? '';
  return {
    organisation,
    level: heading.level ?? 'city',
    year: String(year),
    title: `${year}年${organisation}主要目标`,
    documentTitle: heading.documentTitle ?? '',
    publishedOn: heading.publishedOn ?? `${year}-01-01`,
  };
}

/** The year the targets will fall in, or null while the form does not say one. */
export function destinationYear(destination: Destination, plans: readonly PlanSummary[]): number | null {
  if (destination.kind === 'existingPlan')
    return plans.find((plan) => plan.id === destination.planId)?.year ?? null;
  const year = Number(destination.fields.year);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** Which required field of a new plan is still blank, if any. */
export function missingField(destination: Destination): keyof NewPlanFields | 'planId' | null {
  if (destination.kind === 'existingPlan') return destination.planId === '' ? 'planId' : null;
  const { fields } = destination;
  for (const key of ['organisation', 'year', 'title', 'documentTitle', 'publishedOn'] as const)
    if (fields[key].trim() === '') return key;
  return null;
}

export function confirmationBody(
  review: Review,
  destination: Destination,
  plans: readonly PlanSummary[],
): DraftConfirmationBody {
  const frame = {
    centralTasks: review.frame?.tasks ?? [],
    actions: review.frame?.actions ?? [],
    targets: reviewedTargets(review),
  };
  if (destination.kind === 'existingPlan') {
    const version = plans.find((plan) => plan.id === destination.planId)?.version ?? 1;
    return { into: { kind: 'existingPlan', planId: destination.planId, expectedVersion: version }, ...frame };
  }
  const { fields } = destination;
  const organisation = fields.organisation.trim();
  const title = fields.title.trim();
  return {
    into: {
      kind: 'newPlan',
      plan: {
        organisation: { zh: organisation, en: organisation },
        organisationLevel: fields.level,
        year: Number(fields.year),
        title: { zh: title, en: title },
        sourceDocument: { title: fields.documentTitle.trim(), publishedOn: fields.publishedOn },
        sourceText: review.text.slice(0, maxSourceText),
        ...(review.frame?.code
          ? { frameName: { zh: `“${review.frame.code}”工作体系`, en: `"${review.frame.code}" work system` } }
          : {}),
      },
    },
    ...frame,
  };
}

/** Each accepted target as it will be written, with what is wrong with it in a plan of `year`. */
export function previewOf(review: Review, year: number) {
  return reviewedTargets(review).map((target) => ({
    indicator: draftedIndicator(target, year),
    problems: draftedIndicatorProblems(target, year),
  }));
}
