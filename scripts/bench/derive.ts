/**
 * `npm run bench:derive`: how long the derived indicators take to compute from a portfolio of
 * 5,000 projects (every derivation for every month, and the projects holding each back).
 */
import { performance } from 'node:perf_hooks';
import { derivationSchema } from '../../src/domain/model';
import { deriveIndicatorValues, projectsBehind } from '../../src/domain/projects/derive';
import { buildLargePortfolio } from './largePortfolio';

const runs = 20;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const projectCount of [120, 5000]) {
  const projects = buildLargePortfolio('weihai-hitech-2024', projectCount);
  const derivations = derivationSchema.options;
  const deriveTimes: number[] = [];
  const behindTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let started = performance.now();
    for (const derivation of derivations) deriveIndicatorValues(derivation, projects, 2024);
    deriveTimes.push(performance.now() - started);
    started = performance.now();
    for (const derivation of derivations) projectsBehind(derivation, projects, '2024-10-31');
    behindTimes.push(performance.now() - started);
  }
  console.log(
    `${String(projectCount).padStart(5)} projects: all ${derivations.length} derived indicators × 12 months ${median(deriveTimes).toFixed(2)} ms; projects behind, all ${derivations.length} ${median(behindTimes).toFixed(2)} ms (median of ${runs})`,
  );
}
