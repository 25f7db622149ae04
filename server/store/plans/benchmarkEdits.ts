/** Benchmark series (全省, 全市平均) that relative targets compare with: named, entered month by month, retired. */
import type {
  BenchmarkPointsInput,
  BenchmarkSeriesInput,
  BenchmarkSeriesPatch,
} from '../../../src/api/plansContract';
import { benchmarkSeriesSchema, type BenchmarkSeries } from '../../../src/domain/model';
import { yearOf } from '../../../src/domain/period';
import { auditEntry, changedFields, slugId, type EditContext } from './editContext';
import { outsidePlanYear, saneMagnitude } from './definitionChecks';
import { invalid, notFound, stale } from './editRefusal';
import { storedPlan } from './planEdits';

export async function createBenchmark(
  context: EditContext,
  planId: string,
  input: BenchmarkSeriesInput,
): Promise<BenchmarkSeries> {
  await storedPlan(context, planId);
  const series = benchmarkSeriesSchema.parse({
    id: slugId('benchmark'),
    planId,
    ...input,
    points: [],
    retired: false,
    version: 1,
  });
  if (!(await context.documents.putBenchmark(series, null))) throw new Error(`series id taken: ${series.id}`);
  await context.documents.appendAudit([
    auditEntry(context, {
      entityType: 'benchmark',
      entityId: series.id,
      planId,
      oldValue: null,
      newValue: series,
    }),
  ]);
  return series;
}

async function seriesAtVersion(
  context: EditContext,
  planId: string,
  seriesId: string,
  expectedVersion: number,
): Promise<BenchmarkSeries> {
  const series = await context.documents.benchmark(seriesId);
  if (!series || series.planId !== planId) notFound('seriesId');
  if (series.version !== expectedVersion) stale('expectedVersion', series);
  return series;
}

async function writeSeries(context: EditContext, current: BenchmarkSeries, fields: Partial<BenchmarkSeries>) {
  const changes = changedFields(current, fields);
  if (changes.length === 0) return current;
  const next = benchmarkSeriesSchema.parse({ ...current, ...fields, version: current.version + 1 });
  if (!(await context.documents.putBenchmark(next, current.version)))
    stale('expectedVersion', (await context.documents.benchmark(current.id)) ?? current);
  await context.documents.appendAudit(
    changes.map((change) =>
      auditEntry(context, {
        entityType: 'benchmark',
        entityId: current.id,
        planId: current.planId,
        ...change,
      }),
    ),
  );
  return next;
}

export async function editBenchmark(
  context: EditContext,
  planId: string,
  seriesId: string,
  patch: BenchmarkSeriesPatch & { retired?: boolean },
  expectedVersion: number,
): Promise<BenchmarkSeries> {
  return writeSeries(context, await seriesAtVersion(context, planId, seriesId, expectedVersion), patch);
}

/** Sets the given months' figures (null removes one); the other months stay as they are. */
export async function enterBenchmarkPoints(
  context: EditContext,
  planId: string,
  seriesId: string,
  input: BenchmarkPointsInput,
  expectedVersion: number,
): Promise<BenchmarkSeries> {
  const plan = await storedPlan(context, planId);
  const current = await seriesAtVersion(context, planId, seriesId, expectedVersion);
  const points = new Map(current.points.map((point) => [point.period, point.value]));
  const seen = new Set<string>();
  input.points.forEach((point, index) => {
    if (yearOf(point.period) !== plan.year) invalid(`points.${index}.period`, outsidePlanYear(plan.year));
    if (seen.has(point.period))
      invalid(`points.${index}.period`, { zh: '每个月只能有一个数值', en: 'one figure per month' });
    seen.add(point.period);
    if (point.value !== null && !(Math.abs(point.value) <= saneMagnitude))
      invalid(`points.${index}.value`, {
        zh: `应在 −${saneMagnitude.toExponential()} 至 ${saneMagnitude.toExponential()} 之间`,
        en: `must lie between −${saneMagnitude.toExponential()} and ${saneMagnitude.toExponential()}`,
      });
    if (point.value === null) points.delete(point.period);
    else points.set(point.period, point.value);
  });
  const sorted = [...points.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, value]) => ({ period, value }));
  return writeSeries(context, current, { points: sorted });
}
