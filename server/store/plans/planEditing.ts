/**
 * Plan editing as the store offers it: each method one all-or-nothing unit of work with its audit
 * entries, the same on every store. A refused edit throws EditRefusal (./editRefusal.ts).
 */
import type {
  ActionInput,
  ActionPatch,
  BenchmarkPointsInput,
  BenchmarkSeriesInput,
  BenchmarkSeriesPatch,
  CentralTaskInput,
  CentralTaskPatch,
  DepartmentInput,
  DepartmentPatch,
  IndicatorEdit,
  IndicatorInput,
  LeadDepartmentAssignment,
  NewPlanInput,
  PlanCopyInput,
  PlanPatch,
  ReorderBody,
  WorkItemInput,
  WorkItemPatch,
  WorkItemProgressInput,
} from '../../../src/api/plansContract';
import type { BenchmarkSeries, Department, Indicator, Plan, WorkItem } from '../../../src/domain/model';
import type { Actor } from '../writesPort';
import { confirmDraft, type DraftConfirmation } from './draftConfirmation';
import { createBenchmark, editBenchmark, enterBenchmarkPoints } from './benchmarkEdits';
import { createDepartment, editDepartment } from './departmentEdits';
import type { PlanDocuments, RunPlanDocuments } from './documentsPort';
import type { EditContext } from './editContext';
import { PlanEventCollector, publishingDocuments } from './planEvents';
import { createAction, createCentralTask, updateAction, updateCentralTask } from './frameEdits';
import { assignLeadDepartments, createIndicator, editIndicator } from './indicatorEdits';
import { copyPlan, createPlan, updatePlan } from './planEdits';
import { reorderFrame, reorderIndicators, reorderWorkItems } from './reorderEdits';
import { importPlan } from './planImport';
import type { PlanDraft } from '../../transfer/planTemplate/templateDraft';
import { createWorkItem, editWorkItem, recordWorkItemProgress } from './workItemEdits';

type Retirable<T> = T & { retired?: boolean };

export class PlanEditing {
  constructor(private readonly run: RunPlanDocuments) {}

  async #edit<T>(
    actor: Actor,
    note: string | undefined,
    work: (context: EditContext) => Promise<T>,
  ): Promise<T> {
    const at = new Date().toISOString();
    return this.run(async (documents, publish) => {
      const collector = new PlanEventCollector();
      const result = await work({
        documents: publishingDocuments(documents, collector),
        actor,
        note: note ?? '',
        at,
      });
      for (const event of collector.events) publish(event);
      return result;
    });
  }

  /** Reads, in one consistent view. */
  read<T>(work: (documents: PlanDocuments) => Promise<T>): Promise<T> {
    return this.run((documents) => work(documents));
  }

  listBenchmarks(planId: string): Promise<BenchmarkSeries[]> {
    return this.run((documents) => documents.benchmarks(planId));
  }

  listDepartments(organisation?: string): Promise<Department[]> {
    return this.run((documents) => documents.departments(organisation));
  }

  getWorkItem(workItemId: string): Promise<WorkItem | null> {
    return this.run((documents) => documents.workItem(workItemId));
  }

  createPlan(input: NewPlanInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createPlan(context, input));
  }
  updatePlan(planId: string, patch: PlanPatch, expectedVersion: number, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => updatePlan(context, planId, patch, expectedVersion));
  }
  copyPlan(planId: string, input: PlanCopyInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => copyPlan(context, planId, input));
  }
  /** A checked plan template created as a new plan, all or nothing, its audit entries under `batchId`. */
  importPlan(draft: PlanDraft, actor: Actor, batchId: string, note?: string) {
    return this.#edit(actor, note, (context) => importPlan(context, draft, batchId));
  }
  /** The reviewed targets of a work report, into a new plan or added to one, all or nothing. */
  confirmDraft(input: DraftConfirmation, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => confirmDraft(context, input));
  }

  createCentralTask(
    planId: string,
    input: CentralTaskInput,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) => createCentralTask(context, planId, input, expectedVersion));
  }
  updateCentralTask(
    planId: string,
    taskId: string,
    patch: Retirable<CentralTaskPatch>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      updateCentralTask(context, planId, taskId, patch, expectedVersion),
    );
  }
  createAction(planId: string, input: ActionInput, expectedVersion: number, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createAction(context, planId, input, expectedVersion));
  }
  updateAction(
    planId: string,
    actionId: string,
    patch: Retirable<ActionPatch>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      updateAction(context, planId, actionId, patch, expectedVersion),
    );
  }

  /** One list's whole new order in one write (./reorderEdits.ts). */
  reorder(
    planId: string,
    order: ReorderBody,
    actor: Actor,
  ): Promise<{ plan: Plan } | { indicators: Indicator[] } | { workItems: WorkItem[] }> {
    return this.#edit(actor, order.note, async (context) => {
      switch (order.kind) {
        case 'centralTasks':
        case 'actions':
          return { plan: await reorderFrame(context, planId, order.kind, order.ids, order.expectedVersion) };
        case 'indicators':
          return { indicators: await reorderIndicators(context, planId, order.items) };
        case 'workItems':
          return { workItems: await reorderWorkItems(context, planId, order.items) };
      }
    });
  }

  createIndicator(planId: string, input: IndicatorInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createIndicator(context, planId, input));
  }
  editIndicator(
    planId: string,
    indicatorId: string,
    patch: Retirable<IndicatorEdit>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      editIndicator(context, planId, indicatorId, patch, expectedVersion),
    );
  }
  assignLeadDepartments(
    planId: string,
    assignments: LeadDepartmentAssignment[],
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) => assignLeadDepartments(context, planId, assignments));
  }

  createWorkItem(planId: string, input: WorkItemInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createWorkItem(context, planId, input));
  }
  editWorkItem(
    planId: string,
    workItemId: string,
    patch: Retirable<WorkItemPatch>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      editWorkItem(context, planId, workItemId, patch, expectedVersion),
    );
  }
  recordWorkItemProgress(
    planId: string,
    workItemId: string,
    progress: WorkItemProgressInput,
    expectedVersion: number,
    actor: Actor,
  ) {
    return this.#edit(actor, progress.text, (context) =>
      recordWorkItemProgress(context, planId, workItemId, progress, expectedVersion),
    );
  }

  createBenchmark(planId: string, input: BenchmarkSeriesInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createBenchmark(context, planId, input));
  }
  editBenchmark(
    planId: string,
    seriesId: string,
    patch: Retirable<BenchmarkSeriesPatch>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      editBenchmark(context, planId, seriesId, patch, expectedVersion),
    );
  }
  enterBenchmarkPoints(
    planId: string,
    seriesId: string,
    input: BenchmarkPointsInput,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      enterBenchmarkPoints(context, planId, seriesId, input, expectedVersion),
    );
  }

  createDepartment(input: DepartmentInput, actor: Actor, note?: string) {
    return this.#edit(actor, note, (context) => createDepartment(context, input));
  }
  editDepartment(
    departmentId: string,
    patch: Retirable<DepartmentPatch>,
    expectedVersion: number,
    actor: Actor,
    note?: string,
  ) {
    return this.#edit(actor, note, (context) =>
      editDepartment(context, departmentId, patch, expectedVersion),
    );
  }
}
