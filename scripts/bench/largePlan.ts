/**
 * A plan grown to a given number of indicators, for measuring the overview at scale: the real
 * seed, plus copies of its numeric indicators (with their demo figures) spread over the actions.
 */
import { buildSeed } from '../../server/seed';
import type { SeedData } from '../../server/store/port';

export function buildLargeSeed(indicatorCount: number): SeedData {
  const seed = buildSeed({ demo: true });
  const templates = seed.indicators.filter(
    (indicator) => indicator.kind !== 'qualitative' && !indicator.derivation,
  );
  const actions = seed.plan.actions;
  const extraCount = Math.max(0, indicatorCount - seed.indicators.length);
  for (let index = 0; index < extraCount; index += 1) {
    const template = templates[index % templates.length]!;
    const action = actions[index % actions.length]!;
    const id = `bench-${String(index + 1).padStart(4, '0')}-${template.id}`.slice(0, 80);
    seed.indicators.push({
      ...structuredClone(template),
      id,
      actionId: action.id,
      isMainTarget: false,
      order: 1000 + index,
      name: { zh: `${template.name.zh}(测试 ${index + 1})`, en: `${template.name.en} (bench ${index + 1})` },
      leadDepartment: `测试部门 ${(index % 12) + 1}`,
    });
    for (const value of seed.values.filter((candidate) => candidate.indicatorId === template.id)) {
      seed.values.push({ ...structuredClone(value), indicatorId: id });
    }
  }
  return seed;
}
