/**
 * Writes of what a plan holds besides its frame: indicators (move, reorder, retire, restore, lead
 * departments in bulk), work items (add, change, progress, retire), benchmark series and their
 * monthly points, and the departments of an organisation. Each names the version it read.
 */
import {
  benchmarkResponseSchema,
  departmentResponseSchema,
  indicatorResponseSchema,
  indicatorsResponseSchema,
  workItemResponseSchema,
  type BenchmarkPointsInput,
  type BenchmarkSeriesInput,
  type BenchmarkSeriesPatch,
  type DepartmentInput,
  type DepartmentPatch,
  type IndicatorEdit,
  type LeadDepartmentAssignment,
  type WorkItemInput,
  type WorkItemPatch,
  type WorkItemProgressInput,
} from '../../../api/plansContract';
import { planPath, usePlanWrite } from './usePlanWrite';

export function useEditIndicator(planId: string) {
  return usePlanWrite(
    indicatorResponseSchema,
    ({ indicatorId, ...body }: { indicatorId: string; patch: IndicatorEdit; expectedVersion: number }) => ({
      path: `${planPath(planId)}/indicators/${encodeURIComponent(indicatorId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

export function useRetireIndicator(planId: string) {
  return usePlanWrite(
    indicatorResponseSchema,
    ({
      indicatorId,
      restore,
      expectedVersion,
    }: {
      indicatorId: string;
      restore: boolean;
      expectedVersion: number;
    }) => ({
      path: `${planPath(planId)}/indicators/${encodeURIComponent(indicatorId)}/${restore ? 'restore' : 'retire'}`,
      method: 'POST',
      body: { expectedVersion },
    }),
  );
}

export function useAssignLeadDepartments(planId: string) {
  return usePlanWrite(indicatorsResponseSchema, (assignments: LeadDepartmentAssignment[]) => ({
    path: `${planPath(planId)}/lead-departments`,
    method: 'POST',
    body: { assignments },
  }));
}

export function useAddWorkItem(planId: string) {
  return usePlanWrite(workItemResponseSchema, (workItem: WorkItemInput) => ({
    path: `${planPath(planId)}/work-items`,
    method: 'POST',
    body: { workItem },
  }));
}

export function useEditWorkItem(planId: string) {
  return usePlanWrite(
    workItemResponseSchema,
    ({ workItemId, ...body }: { workItemId: string; patch: WorkItemPatch; expectedVersion: number }) => ({
      path: `${planPath(planId)}/work-items/${encodeURIComponent(workItemId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

export function useRetireWorkItem(planId: string) {
  return usePlanWrite(
    workItemResponseSchema,
    ({
      workItemId,
      restore,
      expectedVersion,
    }: {
      workItemId: string;
      restore: boolean;
      expectedVersion: number;
    }) => ({
      path: `${planPath(planId)}/work-items/${encodeURIComponent(workItemId)}/${restore ? 'restore' : 'retire'}`,
      method: 'POST',
      body: { expectedVersion },
    }),
  );
}

export function useWorkItemProgress(planId: string) {
  return usePlanWrite(
    workItemResponseSchema,
    ({ workItemId, ...body }: WorkItemProgressInput & { workItemId: string; expectedVersion: number }) => ({
      path: `${planPath(planId)}/work-items/${encodeURIComponent(workItemId)}/progress`,
      method: 'POST',
      body,
    }),
  );
}

export function useAddBenchmark(planId: string) {
  return usePlanWrite(benchmarkResponseSchema, (series: BenchmarkSeriesInput) => ({
    path: `${planPath(planId)}/benchmarks`,
    method: 'POST',
    body: { series },
  }));
}

export function useEditBenchmark(planId: string) {
  return usePlanWrite(
    benchmarkResponseSchema,
    ({ seriesId, ...body }: { seriesId: string; patch: BenchmarkSeriesPatch; expectedVersion: number }) => ({
      path: `${planPath(planId)}/benchmarks/${encodeURIComponent(seriesId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

export function useBenchmarkPoints(planId: string) {
  return usePlanWrite(
    benchmarkResponseSchema,
    ({ seriesId, ...body }: BenchmarkPointsInput & { seriesId: string; expectedVersion: number }) => ({
      path: `${planPath(planId)}/benchmarks/${encodeURIComponent(seriesId)}/points`,
      method: 'PUT',
      body,
    }),
  );
}

export function useRetireBenchmark(planId: string) {
  return usePlanWrite(
    benchmarkResponseSchema,
    ({
      seriesId,
      restore,
      expectedVersion,
    }: {
      seriesId: string;
      restore: boolean;
      expectedVersion: number;
    }) => ({
      path: `${planPath(planId)}/benchmarks/${encodeURIComponent(seriesId)}/${restore ? 'restore' : 'retire'}`,
      method: 'POST',
      body: { expectedVersion },
    }),
  );
}

export function useAddDepartment() {
  return usePlanWrite(departmentResponseSchema, (department: DepartmentInput) => ({
    path: '/departments',
    method: 'POST',
    body: { department },
  }));
}

export function useEditDepartment() {
  return usePlanWrite(
    departmentResponseSchema,
    ({
      departmentId,
      ...body
    }: {
      departmentId: string;
      patch: DepartmentPatch;
      expectedVersion: number;
    }) => ({
      path: `/departments/${encodeURIComponent(departmentId)}`,
      method: 'PATCH',
      body,
    }),
  );
}

export function useRetireDepartment() {
  return usePlanWrite(
    departmentResponseSchema,
    ({
      departmentId,
      restore,
      expectedVersion,
    }: {
      departmentId: string;
      restore: boolean;
      expectedVersion: number;
    }) => ({
      path: `/departments/${encodeURIComponent(departmentId)}/${restore ? 'restore' : 'retire'}`,
      method: 'POST',
      body: { expectedVersion },
    }),
  );
}
