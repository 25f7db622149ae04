/**
 * Drafting a plan from a work report, shared by the client, the server and the mock.
 *
 * - `POST /api/plan-drafts` with `{ "text": "…", "year"?: 2024 }` (JSON), or a .docx as the `file`
 *   field of a multipart form (with an optional `year` field), or as the raw body with the .docx
 *   content type. Answers `{ year, targets, frame }`: the targets the text states and the frame it
 *   names. Nothing is stored. For admins and editors (viewers 403, anonymous 401).
 *
 * Refused with 400 `invalidBody` and a message saying why: empty text, text over 1 MB, text that
 * is not Chinese, text that states no target (`field: "text"`), a file that is not a .docx
 * (`field: "file"`). A request body over 5 MB is 413 `payloadTooLarge`.
 *
 * - `POST /api/plan-drafts/confirm` with draftConfirmationBodySchema: the targets the planner
 *   accepted, written in one all-or-nothing, audited unit of work into a new plan (`into.kind:
 *   "newPlan"`, with the plan's organisation, level, year, title and source document) or added to
 *   an existing one (`into.kind: "existingPlan"` with the plan version read: 409 with the stored
 *   plan when it is stale). The frame's central tasks and actions the plan lacks (by name) are
 *   created; each target goes under the action it names. Answers 201 `{ plan, indicators }`.
 *   Admins only (editors and viewers 403, anonymous 401). A target that cannot be written is a 400
 *   naming it (`targets.2.thresholds.0.value`) and saying what it may be, and nothing is written.
 *   Each target becomes an indicator as src/domain/drafting/draftedIndicator.ts says.
 */
import { z } from 'zod';
import { draftComparators, draftKinds } from '../domain/drafting/types';
import { indicatorSchema, planSchema } from '../domain/model';
import { newPlanInputSchema } from './plansContract';

/** The longest report text read, in UTF-8 bytes. */
export const maxDraftTextBytes = 1024 * 1024;
/** The largest request body (a .docx with pictures is larger than its text). */
export const maxDraftBodyBytes = 5 * 1024 * 1024;

export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const planYearSchema = z.number().int().min(2000).max(2100);

export const planDraftRequestSchema = z
  .object({
    text: z.string(),
    /** The plan year, when the text does not say it; deadlines fall in it. */
    year: planYearSchema.optional(),
  })
  .strict();
export type PlanDraftRequest = z.infer<typeof planDraftRequestSchema>;

export const draftTargetSchema = z.object({
  sentence: z.string().min(1),
  at: z.number().int().nonnegative(),
  name: z.object({ zh: z.string() }),
  kind: z.enum(draftKinds),
  comparator: z.enum(draftComparators),
  value: z.number().finite().nullable(),
  valueMax: z.number().finite().nullable(),
  band: z.number().finite().nullable(),
  unit: z.string().nullable(),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
  binding: z.boolean(),
  benchmark: z.string().nullable(),
  actionName: z.string().nullable(),
});
export type DraftTargetBody = z.infer<typeof draftTargetSchema>;

export const draftFrameSchema = z.object({
  code: z.string().nullable(),
  goal: z.string().nullable(),
  tasks: z.array(z.string()),
  actions: z.array(z.string()),
});

export const planDraftResponseSchema = z.object({
  year: z.number().int().nullable(),
  targets: z.array(draftTargetSchema).min(1),
  frame: draftFrameSchema.nullable(),
  /** The text read: the JSON body's text, or what was read out of the .docx. */
  text: z.string(),
});
export type PlanDraftResponse = z.infer<typeof planDraftResponseSchema>;

/** Why a report was refused, told in the message of the 400. */
export const draftRefusals = ['textEmpty', 'textTooLarge', 'notChinese', 'noTargets', 'notDocx'] as const;
export type DraftRefusal = (typeof draftRefusals)[number];

// ---- confirming the reviewed targets -------------------------------------------------------

const frameItemName = z.string().trim().min(2).max(200);

export const reviewedThresholdSchema = z
  .object({
    comparator: z.enum(draftComparators),
    value: z.number().finite().nullable(),
    valueMax: z.number().finite().nullable(),
    band: z.number().finite().nullable(),
    unit: z.string().trim().max(20).nullable(),
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  })
  .strict();

/** A target the planner accepted (src/features/drafting/proposals.ts `confirmedTargets`). */
export const reviewedTargetSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(draftKinds),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    binding: z.boolean(),
    /** The action it goes under, by name; null for a main target. */
    actionName: frameItemName.nullable(),
    thresholds: z.array(reviewedThresholdSchema).min(1).max(24),
    /** The report's words it comes from; empty for a target added by hand. */
    quotes: z.array(z.string().min(1).max(2000)).max(24),
  })
  .strict();
export type ReviewedTargetBody = z.infer<typeof reviewedTargetSchema>;

export const draftDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('newPlan'), plan: newPlanInputSchema }).strict(),
  z
    .object({
      kind: z.literal('existingPlan'),
      planId: z.string().min(1).max(80),
      expectedVersion: z.number().int().positive(),
    })
    .strict(),
]);
export type DraftDestination = z.infer<typeof draftDestinationSchema>;

export const draftConfirmationBodySchema = z
  .object({
    into: draftDestinationSchema,
    /** The frame's central tasks and actions, in order; those the plan lacks are created. */
    centralTasks: z.array(frameItemName).max(50),
    actions: z.array(frameItemName).max(100),
    targets: z.array(reviewedTargetSchema).min(1).max(500),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type DraftConfirmationBody = z.infer<typeof draftConfirmationBodySchema>;

export const draftConfirmationResponseSchema = z.object({
  plan: planSchema,
  indicators: z.array(indicatorSchema),
});
export type DraftConfirmationResponse = z.infer<typeof draftConfirmationResponseSchema>;
