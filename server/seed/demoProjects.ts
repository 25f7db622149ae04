/**
 * A demo project registry for the 2024 plan, so the computed indicators have something to show
 * before a zone enters its own list. Every name says 示例 (example) and no enterprise is real.
 *
 * The portfolio, as of the end of October 2024:
 * - 99 key projects (12 province, 30 city, 57 district) with 80.00 亿元 planned for 2024;
 *   85 started by 03-31 (start rate 85.9%, short of the >90% target), 97 by 06-30, 98 by 10-31;
 *   33 in production (3 of them completed); 61.04 亿元 invested against 66.67 on schedule.
 * - 12 of them are new projects of over 1 billion yuan, 11 landed (started) by October.
 * - 21 urban construction projects in the 6 categories, 9 completed.
 * Built from a seeded generator: the same every time.
 */
import type { IsoDate, Period } from '../../src/domain/model';
import { monthOf, periodCutoff, periodEndDate, periodOf } from '../../src/domain/period';
import {
  tracksOfChain,
  urbanCategories,
  type IndustryChain,
  type IndustryTrack,
  type MonthlyInvestment,
  type Project,
  type ProjectLevel,
  type StatusEvent,
  type UrbanCategory,
} from '../../src/domain/projects/model';

/** The demo histories run through this month and no further. */
export const demoProjectsThroughPeriod: Period = '2024-10';

const year = 2024;
const lastMonth = monthOf(demoProjectsThroughPeriod);
const updatedAt = periodCutoff(demoProjectsThroughPeriod);

/** mulberry32: a small seeded generator, so the demo is identical on every build. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    between: (min: number, max: number): number => min + (max - min) * next(),
    integer: (min: number, max: number): number => min + Math.floor((max - min + 1) * next()),
    shuffle<T>(items: readonly T[]): T[] {
      const shuffled = [...items];
      for (let i = shuffled.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
      }
      return shuffled;
    },
  };
}
type Random = ReturnType<typeof seededRandom>;

/** `{ 1: 3, 2: 4 }` → [1, 1, 1, 2, 2, 2, 2]. */
function expandQuotas(quotas: Record<number, number>): number[] {
  return Object.entries(quotas).flatMap(([month, count]) =>
    Array.from({ length: count }, () => Number(month)),
  );
}

function dateIn(month: number, day: number): IsoDate {
  return `${periodOf(year, month)}-${String(day).padStart(2, '0')}`;
}

function randomDayIn(random: Random, month: number, firstDay = 1): IsoDate {
  const lastDay = Number(periodEndDate(periodOf(year, month)).slice(8));
  return dateIn(month, random.integer(firstDay, lastDay));
}

function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The later of two dates, which must stay inside `month`, else the schedule below is inconsistent. */
function laterInMonth(a: IsoDate, b: IsoDate, month: number): IsoDate {
  const date = a > b ? a : b;
  if (monthOf(date.slice(0, 7)) !== month) throw new Error(`demo schedule: ${date} left month ${month}`);
  return date;
}

/** Splits an amount in hundredths by weight; rounding is settled on the last share. */
function splitCents(totalCents: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.round((totalCents * w) / weightSum));
  const last = shares.length - 1;
  shares[last] = totalCents - shares.slice(0, last).reduce((sum, s) => sum + s, 0);
  return shares;
}

const toYi = (cents: number): number => cents / 100;

/**
 * Investment of January to October: the project's plan × 10/12 × `pace`, a little under the
 * schedule, spread by month. Months before the start (land, design) weigh 70% of the later ones;
 * a project not started yet has spent 40% of its schedule.
 */
function monthlyInvestment(
  random: Random,
  plannedCents: number,
  startMonth: number | null,
): MonthlyInvestment[] {
  const pace = startMonth === null ? 0.4 : random.between(0.86, 0.98);
  const totalCents = Math.round(((plannedCents * lastMonth) / 12) * pace);
  const months = Array.from({ length: lastMonth }, (_, i) => i + 1);
  const weights = months.map(
    (month) => (startMonth !== null && month >= startMonth ? 1 : 0.7) * random.between(0.85, 1.15),
  );
  return splitCents(totalCents, weights).map((cents, i) => ({
    period: periodOf(year, months[i] ?? 1),
    amount: toYi(cents),
  }));
}

const productLines: Record<IndustryTrack | 'other', readonly (readonly [string, string])[]> = {
  automotiveElectronics: [
    ['汽车电子模组产线', 'automotive electronics module line'],
    ['车载控制器扩产', 'in-vehicle controller expansion'],
  ],
  satelliteSpace: [
    ['卫星载荷部件基地', 'satellite payload parts base'],
    ['星载通信设备产线', 'spaceborne communication equipment line'],
  ],
  semiconductors: [
    ['功率半导体封测', 'power semiconductor packaging and testing'],
    ['半导体材料产线', 'semiconductor materials line'],
  ],
  printers: [
    ['打印机整机扩产', 'printer assembly expansion'],
    ['打印耗材产线', 'printing consumables line'],
  ],
  medicalImaging: [
    ['医用影像设备产线', 'medical imaging equipment line'],
    ['超声诊断设备基地', 'ultrasound diagnostics base'],
  ],
  interventionalImplantable: [
    ['介入导管产线', 'interventional catheter line'],
    ['骨科植入物扩产', 'orthopaedic implant expansion'],
  ],
  health: [
    ['大健康产品基地', 'health products base'],
    ['康复器具产线', 'rehabilitation aids line'],
  ],
  carbonFibre: [
    ['碳纤维复合材料产线', 'carbon fibre composites line'],
    ['碳纤维制品扩产', 'carbon fibre products expansion'],
  ],
  medicalMaterials: [
    ['医用高分子材料产线', 'medical polymer materials line'],
    ['医用敷料扩产', 'medical dressings expansion'],
  ],
  textileMaterials: [
    ['功能纺织材料产线', 'functional textile materials line'],
    ['产业用纺织品基地', 'technical textiles base'],
  ],
  metalMaterials: [
    ['精密合金材料产线', 'precision alloy materials line'],
    ['金属粉末材料项目', 'metal powder materials project'],
  ],
  other: [
    ['智能装备产线', 'smart equipment line'],
    ['食品加工扩产', 'food processing expansion'],
    ['现代物流中心', 'modern logistics centre'],
    ['研发中试基地', 'R&D pilot base'],
  ],
};

const urbanWorks: Record<UrbanCategory, readonly (readonly [string, string])[]> = {
  roadsTransport: [
    ['主干道改造工程', 'trunk road upgrade'],
    ['交通节点优化工程', 'traffic junction improvement'],
  ],
  municipalNetworks: [
    ['雨污分流管网工程', 'storm and sewage separation network'],
    ['供热管网改造工程', 'heating network renewal'],
  ],
  parksGreening: [
    ['口袋公园建设工程', 'pocket park construction'],
    ['滨海绿道提升工程', 'coastal greenway upgrade'],
  ],
  urbanRenewal: [
    ['老旧小区改造工程', 'old residential area renewal'],
    ['街区立面整治工程', 'street facade renovation'],
  ],
  publicFacilities: [
    ['社区服务中心工程', 'community service centre'],
    ['学校扩建工程', 'school extension'],
  ],
  ecoEnvironment: [
    ['河道综合治理工程', 'river course rehabilitation'],
    ['山体生态修复工程', 'hillside ecological restoration'],
  ],
};

const demoDepartments = ['示例部门 甲', '示例部门 乙', '示例部门 丙', '示例部门 丁'];
const demoAreas = ['示例片区 一', '示例片区 二', '示例片区 三', '示例片区 四', '示例片区 五'];

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

interface KeyProjectDraft {
  index: number;
  level: ProjectLevel;
  chain: IndustryChain;
  track: IndustryTrack | null;
  plannedCents: number;
  totalCents: number;
  isNewBillionProject: boolean;
  /** Null: not started by the end of October. */
  startDate: IsoDate | null;
  productionDate: IsoDate | null;
  completionDate: IsoDate | null;
  notes: string | null;
}

/** 40 electronic information, 24 medical devices, 23 new materials, 12 other: 99 in all. */
function trackPool(): { chain: IndustryChain; track: IndustryTrack | null }[] {
  const perTrack: [IndustryChain, number][] = [
    ['electronicInformation', 10],
    ['medicalDevices', 8],
    ['newMaterials', 6],
  ];
  const pool = perTrack.flatMap(([chain, count]) =>
    tracksOfChain(chain).flatMap((track) => Array.from({ length: count }, () => ({ chain, track }))),
  );
  // New materials has four tracks: 6 × 4 = 24, one fewer keeps the total at 99.
  pool.pop();
  return [...pool, ...Array.from({ length: 12 }, () => ({ chain: 'other' as const, track: null }))];
}

function draftKeyProjects(random: Random): KeyProjectDraft[] {
  const levels: ProjectLevel[] = [
    ...Array.from({ length: 12 }, () => 'province' as const),
    ...Array.from({ length: 30 }, () => 'city' as const),
    ...Array.from({ length: 57 }, () => 'district' as const),
  ];
  const tracks = random.shuffle(trackPool());
  const weightRange: Record<ProjectLevel, [number, number]> = {
    province: [1.6, 2.6],
    city: [0.7, 1.2],
    district: [0.35, 0.75],
  };
  const planned = splitCents(
    8000,
    levels.map((level) => random.between(...weightRange[level])),
  );
  // 7 province-level and 5 city-level projects are new projects of over 1 billion yuan.
  const billion = new Set([
    ...random.shuffle(Array.from({ length: 12 }, (_, i) => i)).slice(0, 7),
    ...random.shuffle(Array.from({ length: 30 }, (_, i) => 12 + i)).slice(0, 5),
  ]);

  return levels.map((level, i) => {
    const plannedCents = planned[i] ?? 0;
    const isNewBillionProject = billion.has(i);
    const totalCents = isNewBillionProject
      ? random.integer(1050, 4500)
      : Math.min(990, Math.round(plannedCents * random.between(1.3, 3.5)));
    const assigned = tracks[i] ?? { chain: 'other' as const, track: null };
    return {
      index: i + 1,
      level,
      ...assigned,
      plannedCents,
      totalCents: Math.max(totalCents, plannedCents),
      isNewBillionProject,
      startDate: null,
      productionDate: null,
      completionDate: null,
      notes: null,
    };
  });
}

/**
 * Start months: 85 by March, 97 by June, one in August, one not yet. The billion projects land
 * 7 by March and 11 by June; the last of them has not started by October.
 */
function scheduleStarts(random: Random, drafts: KeyProjectDraft[]): void {
  const billion = random.shuffle(drafts.filter((d) => d.isNewBillionProject));
  const others = random.shuffle(drafts.filter((d) => !d.isNewBillionProject));
  const billionMonths = expandQuotas({ 1: 2, 2: 2, 3: 3, 4: 2, 5: 1, 6: 1 });
  const otherMonths = expandQuotas({ 1: 24, 2: 23, 3: 31, 4: 4, 5: 3, 6: 1, 8: 1 });

  const assign = (group: KeyProjectDraft[], months: number[]) =>
    group.forEach((draft, i) => {
      const month = months[i];
      if (month !== undefined) draft.startDate = randomDayIn(random, month, 2);
    });
  assign(billion, billionMonths);
  assign(others, otherMonths);

  // The quarter's last day and the next day, so the boundary shows in the demo.
  const marchStarter = others.find((d) => d.startDate?.startsWith('2024-03'));
  const aprilStarter = others.find((d) => d.startDate?.startsWith('2024-04'));
  if (marchStarter) marchStarter.startDate = '2024-03-31';
  if (aprilStarter) aprilStarter.startDate = '2024-04-01';

  const unstarted = billion.find((d) => d.startDate === null);
  if (unstarted) unstarted.notes = '示例:用地手续办理中,计划四季度开工';
  const augustStarter = others.find((d) => d.startDate?.startsWith('2024-08'));
  if (augustStarter) augustStarter.notes = '示例:受设备采购影响延至 8 月开工';
}

/** 33 projects in production by October, the earliest starters first; 3 of them completed. */
function scheduleProduction(random: Random, drafts: KeyProjectDraft[]): void {
  const productionMonths = expandQuotas({ 3: 1, 4: 2, 5: 3, 6: 5, 7: 5, 8: 6, 9: 5, 10: 6 });
  const earliest = drafts
    .filter((d): d is KeyProjectDraft & { startDate: IsoDate } => d.startDate !== null)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.index - b.index))
    .slice(0, productionMonths.length);
  earliest.forEach((draft, i) => {
    const month = productionMonths[i] ?? lastMonth;
    draft.productionDate = laterInMonth(randomDayIn(random, month), addDays(draft.startDate, 50), month);
  });
  const completionMonths = [9, 10, 10];
  earliest.slice(0, completionMonths.length).forEach((draft, i) => {
    draft.completionDate = randomDayIn(random, completionMonths[i] ?? lastMonth);
  });
}

function statusHistory(start: IsoDate | null, production: IsoDate | null, completion: IsoDate | null) {
  const events: StatusEvent[] = [{ status: 'planned', date: `${year}-01-01`, note: '纳入年度计划' }];
  if (start) events.push({ status: 'started', date: start });
  if (production) events.push({ status: 'inProduction', date: production });
  if (completion) events.push({ status: 'completed', date: completion });
  return events;
}

function keyProjects(random: Random, planId: string): Project[] {
  const drafts = draftKeyProjects(random);
  scheduleStarts(random, drafts);
  scheduleProduction(random, drafts);

  return drafts.map((draft) => {
    const number = String(draft.index).padStart(3, '0');
    const [lineZh, lineEn] = pick(productLines[draft.track ?? 'other'], draft.index);
    return {
      id: `demo-kp-${number}`,
      planId,
      name: `示例项目 ${number} · ${lineZh}`,
      nameEn: `Example project ${number} · ${lineEn}`,
      level: draft.level,
      kind: 'industrial',
      urbanCategory: null,
      industryChain: draft.chain,
      track: draft.track,
      ownerEnterprise: `示例企业 A${number}`,
      location: pick(demoAreas, draft.index),
      leadDepartment: pick(demoDepartments, draft.index),
      plannedTotalInvestment: toYi(draft.totalCents),
      plannedAnnualInvestment: toYi(draft.plannedCents),
      isNewBillionProject: draft.isNewBillionProject,
      statusHistory: statusHistory(draft.startDate, draft.productionDate, draft.completionDate),
      monthlyInvestment: monthlyInvestment(
        random,
        draft.plannedCents,
        draft.startDate === null ? null : monthOf(draft.startDate.slice(0, 7)),
      ),
      notes: draft.notes,
      isDemo: true,
      version: 1,
      updatedAt,
    };
  });
}

/** 4 + 4 + 4 + 3 + 3 + 3 = 21 works; started January to July, the 9 earliest completed by October. */
function urbanProjects(random: Random, planId: string): Project[] {
  const categories = urbanCategories.flatMap((category, i) =>
    Array.from({ length: i < 3 ? 4 : 3 }, () => category),
  );
  const startMonths = expandQuotas({ 1: 3, 2: 3, 3: 5, 4: 4, 5: 3, 6: 2, 7: 1 });
  const starts = random.shuffle(startMonths).map((month) => randomDayIn(random, month, 2));
  const byStart = starts
    .map((date, i) => ({ date, i }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const completionMonths = expandQuotas({ 6: 1, 7: 2, 8: 2, 9: 2, 10: 2 });
  const completions = new Map(
    completionMonths.map((month, k) => {
      const entry = byStart[k] ?? { date: `${year}-01-02`, i: k };
      return [entry.i, laterInMonth(randomDayIn(random, month), addDays(entry.date, 90), month)] as const;
    }),
  );

  return categories.map((category, i) => {
    const number = String(i + 1).padStart(2, '0');
    const [workZh, workEn] = pick(urbanWorks[category], i);
    const plannedCents = random.integer(30, 250);
    const start = starts[i] ?? null;
    return {
      id: `demo-up-${number}`,
      planId,
      name: `示例工程 ${number} · ${workZh}`,
      nameEn: `Example work ${number} · ${workEn}`,
      level: i % 4 === 0 ? 'city' : 'district',
      kind: 'urban',
      urbanCategory: category,
      industryChain: null,
      track: null,
      ownerEnterprise: `示例建设单位 U${number}`,
      location: pick(demoAreas, i),
      leadDepartment: pick(demoDepartments, i + 1),
      plannedTotalInvestment: toYi(Math.round(plannedCents * random.between(1, 2.2))),
      plannedAnnualInvestment: toYi(plannedCents),
      isNewBillionProject: false,
      statusHistory: statusHistory(start, null, completions.get(i) ?? null),
      monthlyInvestment: monthlyInvestment(
        random,
        plannedCents,
        start === null ? null : monthOf(start.slice(0, 7)),
      ),
      notes: null,
      isDemo: true,
      version: 1,
      updatedAt,
    };
  });
}

/** The demo registry of a plan: 99 key projects, then 21 urban construction projects. */
export function buildDemoProjects(planId: string): Project[] {
  const random = seededRandom(20240204);
  return [...keyProjects(random, planId), ...urbanProjects(random, planId)];
}
