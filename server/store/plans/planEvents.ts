/**
 * What a plan edit tells open pages: every document it writes becomes a live event of its plan
 * (`plan` for the plan and its benchmark series, `indicator`, `workItems`), gathered per unit of
 * work and told once it has committed. Departments belong to no plan and tell nothing.
 */
import type { LiveEvent } from '../../../src/api/entryContract';
import type { PlanDocuments } from './documentsPort';

export type PlanEventListener = (events: LiveEvent[]) => void;

/** Collects the events of one unit of work: one per kind and plan, with every id it touched. */
export class PlanEventCollector {
  readonly #events = new Map<string, LiveEvent>();

  add(type: LiveEvent['type'], planId: string, id: string): void {
    const key = JSON.stringify([type, planId]);
    const known = this.#events.get(key);
    if (known) {
      if (!known.ids.includes(id)) known.ids.push(id);
    } else this.#events.set(key, { type, planId, ids: [id] });
  }

  get events(): LiveEvent[] {
    return [...this.#events.values()];
  }
}

/** The documents with every successful write reported to `collector`. */
export function publishingDocuments(documents: PlanDocuments, collector: PlanEventCollector): PlanDocuments {
  const reported =
    <T>(put: (value: T, expectedVersion: number | null) => Promise<boolean>, report: (value: T) => void) =>
    async (value: T, expectedVersion: number | null) => {
      const written = await put(value, expectedVersion);
      if (written) report(value);
      return written;
    };
  return {
    ...documents,
    putPlan: reported(documents.putPlan, (plan) => collector.add('plan', plan.id, plan.id)),
    putIndicator: reported(documents.putIndicator, (indicator) =>
      collector.add('indicator', indicator.planId, indicator.id),
    ),
    putWorkItem: reported(documents.putWorkItem, (item) => collector.add('workItems', item.planId, item.id)),
    putBenchmark: reported(documents.putBenchmark, (series) =>
      collector.add('plan', series.planId, series.id),
    ),
  };
}
