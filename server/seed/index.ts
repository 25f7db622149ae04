/**
 * The seed of a fresh store: the zone's 2024 plan, its indicators and work items, and, when
 * asked for, the demo series and the demo project registry. Browser-safe: the mock API seeds its in-memory store with it.
 */
import type { SeedData } from '../store/port';
import { buildDemoProjects } from './demoProjects';
import { seedDepartments } from './departments';
import { demoValues } from './demoValues';
import { seedIndicators } from './indicators';
import { seedPlan } from './plan';
import { seedWorkItems } from './workItems';

export { planId } from './plan';

/** A fresh copy every time, so that a store may change what it was given. */
export function buildSeed(options: { demo: boolean }): SeedData {
  return structuredClone({
    plan: seedPlan,
    indicators: seedIndicators,
    workItems: seedWorkItems,
    departments: seedDepartments,
    values: options.demo ? demoValues : [],
    projects: options.demo ? buildDemoProjects(seedPlan.id) : [],
  });
}
