/**
 * Every React Query key of the app, in one place. A query takes its key from here, and so does
 * everything that refreshes it (a save, a live update, signing in), so renaming a key here renames
 * it everywhere. Keys are built from the front: each family's shorter keys are prefixes of its
 * longer ones, and invalidating a prefix refreshes every query under it (all as-of views of a
 * plan, say).
 */
import type { QueryKey } from '@tanstack/react-query';
import type { Period } from '../domain/model';

/** The as-of part of a key: a period, or 'latest' for what is known now. */
function asOfPart(asOf: Period | undefined): string {
  return asOf ?? 'latest';
}

const session = () => ['session'] as const;

const plans = () => ['plans'] as const;

const planTreeAll = () => ['planTree'] as const;
const planTreeOfPlan = (planId: string) => [...planTreeAll(), planId] as const;
const planTree = {
  all: planTreeAll,
  ofPlan: planTreeOfPlan,
  asOf: (planId: string, asOf: Period | undefined) => [...planTreeOfPlan(planId), asOfPart(asOf)] as const,
};

const indicatorAll = () => ['indicator'] as const;
const indicatorOne = (indicatorId: string) => [...indicatorAll(), indicatorId] as const;
const indicator = {
  all: indicatorAll,
  one: indicatorOne,
  asOf: (indicatorId: string, asOf: Period | undefined) =>
    [...indicatorOne(indicatorId), asOfPart(asOf)] as const,
};

const projectsAll = () => ['projects'] as const;
const projectsOfPlan = (planId: string) => [...projectsAll(), planId] as const;
const projects = {
  all: projectsAll,
  ofPlan: projectsOfPlan,
  asOf: (planId: string, asOf: Period | undefined) => [...projectsOfPlan(planId), asOfPart(asOf)] as const,
};

const projectAll = () => ['project'] as const;
const project = {
  all: projectAll,
  one: (projectId: string) => [...projectAll(), projectId] as const,
};

const projectsBehindAll = () => ['projectsBehind'] as const;
const projectsBehindOf = (indicatorId: string) => [...projectsBehindAll(), indicatorId] as const;
const projectsBehind = {
  all: projectsBehindAll,
  ofIndicator: projectsBehindOf,
  asOf: (indicatorId: string, asOf: Period | undefined) =>
    [...projectsBehindOf(indicatorId), asOfPart(asOf)] as const,
};

const decksAll = () => ['decks'] as const;
const decks = {
  all: decksAll,
  ofPlan: (planId: string) => [...decksAll(), planId] as const,
};

const deckAll = () => ['deck'] as const;
const deck = {
  all: deckAll,
  one: (deckId: string) => [...deckAll(), deckId] as const,
};

const snapshotsAll = () => ['snapshots'] as const;
const snapshots = {
  all: snapshotsAll,
  ofPlan: (planId: string) => [...snapshotsAll(), planId] as const,
};

const snapshotAll = () => ['snapshot'] as const;
const snapshot = {
  all: snapshotAll,
  one: (snapshotId: string) => [...snapshotAll(), snapshotId] as const,
};

const snapshotComparisonAll = () => ['snapshotComparison'] as const;
const snapshotComparison = {
  all: snapshotComparisonAll,
  one: (snapshotId: string) => [...snapshotComparisonAll(), snapshotId] as const,
};

const auditAll = () => ['audit'] as const;
const audit = {
  all: auditAll,
  /** The log page under a filter (an object: React Query compares keys by value). */
  list: <Filter extends object>(filter: Filter) => [...auditAll(), 'list', filter] as const,
  ofIndicator: (indicatorId: string) => [...auditAll(), 'indicator', indicatorId] as const,
};

const planIndicatorsAll = () => ['planIndicators'] as const;
/** Every indicator of a plan, retired ones included, as admins edit them. */
const planIndicators = {
  all: planIndicatorsAll,
  ofPlan: (planId: string) => [...planIndicatorsAll(), planId] as const,
};

const benchmarksAll = () => ['benchmarks'] as const;
const benchmarks = {
  all: benchmarksAll,
  ofPlan: (planId: string) => [...benchmarksAll(), planId] as const,
};

const departmentsAll = () => ['departments'] as const;
const departments = {
  all: departmentsAll,
  ofOrganisation: (organisation: string) => [...departmentsAll(), organisation] as const,
};

const usersAll = () => ['users'] as const;
const users = {
  /** The accounts; a prefix of the account changes too, so refreshing it refreshes both. */
  all: usersAll,
  changes: () => [...usersAll(), 'changes'] as const,
};

const notificationsAll = () => ['notifications'] as const;
/** The signed-in user's notification centre: the list and the unread count (a prefix refreshes both). */
const notifications = {
  all: notificationsAll,
  list: () => [...notificationsAll(), 'list'] as const,
  unread: () => [...notificationsAll(), 'unread'] as const,
};

const webhooksAll = () => ['webhooks'] as const;
/** The admins' outgoing webhooks and their delivery log. */
const webhooks = {
  all: webhooksAll,
  list: () => [...webhooksAll(), 'list'] as const,
  deliveries: () => [...webhooksAll(), 'deliveries'] as const,
};

export const queryKeys = {
  notifications,
  webhooks,
  session,
  plans,
  planTree,
  indicator,
  projects,
  project,
  projectsBehind,
  decks,
  deck,
  snapshots,
  snapshot,
  snapshotComparison,
  audit,
  users,
  planIndicators,
  benchmarks,
  departments,
};

/** Whether a query holds who is signed in (kept when everything else is fetched again). */
export function isSessionKey(queryKey: QueryKey): boolean {
  return queryKey[0] === session()[0];
}
