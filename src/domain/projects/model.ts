/**
 * The project registry (项目库): the 99 province, city and district key projects (省市区三级重点项目)
 * and the 21 key urban construction projects (城建重点工程). Several indicators are computed from
 * it rather than typed in (see `derive.ts`). Amounts are in 亿元 (100 million yuan).
 */
import { z } from 'zod';
import { isoDateSchema, periodSchema, type Bilingual } from '../model';
import { numberInRange } from '../numberRange';

/** 省级 / 市级 / 区级: who listed the project as a key project. */
export const projectLevels = ['province', 'city', 'district'] as const;
export const projectLevelSchema = z.enum(projectLevels);
export type ProjectLevel = z.infer<typeof projectLevelSchema>;

export const projectLevelLabels: Record<ProjectLevel, Bilingual> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
};

/**
 * `industrial`: one of the 99 key projects (重点项目), the portfolio behind the start rate, the
 * into-production count and the 80亿元 of planned investment. `urban`: one of the 21 key urban
 * construction projects (城建重点工程), which the plan counts separately.
 */
export const projectKinds = ['industrial', 'urban'] as const;
export const projectKindSchema = z.enum(projectKinds);
export type ProjectKind = z.infer<typeof projectKindSchema>;

export const projectKindLabels: Record<ProjectKind, Bilingual> = {
  industrial: { zh: '重点项目', en: 'Key project' },
  urban: { zh: '城建重点工程', en: 'Urban construction project' },
};

/**
 * The six categories of urban construction (6大类). The plan names the number but not the
 * categories: these are editable defaults, to be replaced by the zone's own list.
 */
export const urbanCategories = [
  'roadsTransport',
  'municipalNetworks',
  'parksGreening',
  'urbanRenewal',
  'publicFacilities',
  'ecoEnvironment',
] as const;
export const urbanCategorySchema = z.enum(urbanCategories);
export type UrbanCategory = z.infer<typeof urbanCategorySchema>;

export const urbanCategoryLabels: Record<UrbanCategory, Bilingual> = {
  roadsTransport: { zh: '道路交通', en: 'Roads and transport' },
  municipalNetworks: { zh: '市政管网', en: 'Municipal pipe networks' },
  parksGreening: { zh: '公园绿化', en: 'Parks and greening' },
  urbanRenewal: { zh: '城市更新', en: 'Urban renewal' },
  publicFacilities: { zh: '公共服务设施', en: 'Public service facilities' },
  ecoEnvironment: { zh: '生态环境', en: 'Ecology and environment' },
};

/** The zone's leading industry chains (产业链), as named under 产业转型升级. */
export const industryChains = ['electronicInformation', 'medicalDevices', 'newMaterials', 'other'] as const;
export const industryChainSchema = z.enum(industryChains);
export type IndustryChain = z.infer<typeof industryChainSchema>;

export const industryChainLabels: Record<IndustryChain, Bilingual> = {
  electronicInformation: { zh: '电子信息', en: 'Electronic information' },
  medicalDevices: { zh: '医疗器械', en: 'Medical devices' },
  newMaterials: { zh: '新材料', en: 'New materials' },
  other: { zh: '其他', en: 'Other' },
};

/** The tracks (赛道) of the three named chains, in the plan's order. */
export const industryTracks = [
  'automotiveElectronics',
  'satelliteSpace',
  'semiconductors',
  'printers',
  'medicalImaging',
  'interventionalImplantable',
  'health',
  'carbonFibre',
  'medicalMaterials',
  'textileMaterials',
  'metalMaterials',
] as const;
export const industryTrackSchema = z.enum(industryTracks);
export type IndustryTrack = z.infer<typeof industryTrackSchema>;

/** The chain each track belongs to. */
export const industryTrackChain: Record<IndustryTrack, IndustryChain> = {
  automotiveElectronics: 'electronicInformation',
  satelliteSpace: 'electronicInformation',
  semiconductors: 'electronicInformation',
  printers: 'electronicInformation',
  medicalImaging: 'medicalDevices',
  interventionalImplantable: 'medicalDevices',
  health: 'medicalDevices',
  carbonFibre: 'newMaterials',
  medicalMaterials: 'newMaterials',
  textileMaterials: 'newMaterials',
  metalMaterials: 'newMaterials',
};

export const industryTrackLabels: Record<IndustryTrack, Bilingual> = {
  automotiveElectronics: { zh: '汽车电子', en: 'Automotive electronics' },
  satelliteSpace: { zh: '卫星空间技术', en: 'Satellite and space technology' },
  semiconductors: { zh: '半导体', en: 'Semiconductors' },
  printers: { zh: '打印机', en: 'Printers' },
  medicalImaging: { zh: '医用成像器械', en: 'Medical imaging' },
  interventionalImplantable: { zh: '介入植入器械', en: 'Interventional and implantable devices' },
  health: { zh: '大健康', en: 'Health industry' },
  carbonFibre: { zh: '碳纤维', en: 'Carbon fibre' },
  medicalMaterials: { zh: '医用新材料', en: 'Medical materials' },
  textileMaterials: { zh: '纺织新材料', en: 'Textile materials' },
  metalMaterials: { zh: '金属新材料', en: 'Metal materials' },
};

/** The tracks of a chain, in order; none for `other`. */
export function tracksOfChain(chain: IndustryChain): IndustryTrack[] {
  return industryTracks.filter((track) => industryTrackChain[track] === chain);
}

/**
 * 计划 → 开工 → 投产 → 竣工. An urban project goes from started straight to completed; an industrial
 * one may be completed after it went into production.
 */
export const projectStatuses = ['planned', 'started', 'inProduction', 'completed'] as const;
export const projectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

/** A status's place along 计划 → 开工 → 投产 → 竣工: a later stage has a higher number. */
export const projectStageRank = Object.fromEntries(projectStatuses.map((status, i) => [status, i])) as Record<
  ProjectStatus,
  number
>;

export const projectStatusLabels: Record<ProjectStatus, Bilingual> = {
  planned: { zh: '未开工', en: 'Not started' },
  started: { zh: '已开工', en: 'Started' },
  inProduction: { zh: '已投产', en: 'In production' },
  completed: { zh: '已竣工', en: 'Completed' },
};

export const statusEventSchema = z.object({
  status: projectStatusSchema,
  /** The day the project reached this status. */
  date: isoDateSchema,
  note: z.string().min(1).optional(),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** The largest amount of a project, in 亿元 (10 万亿元: beyond any single project). */
export const maxInvestmentYi = 100_000;
const investmentSchema = numberInRange({ min: 0, max: maxInvestmentYi });

/** What was invested in one month (当月完成投资), in 亿元. */
export const monthlyInvestmentSchema = z.object({
  period: periodSchema,
  amount: investmentSchema,
});
export type MonthlyInvestment = z.infer<typeof monthlyInvestmentSchema>;

/** The fields of a project, without the rules that tie them together (for `.extend`/`.pick`). */
export const projectFieldsSchema = z.object({
  /** A slug, e.g. `demo-kp-017`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be a slug like demo-kp-017'),
  planId: z.string().min(1),
  /** The Chinese name, as the project list writes it. */
  name: z.string().min(1),
  nameEn: z.string().min(1).nullable(),
  level: projectLevelSchema,
  kind: projectKindSchema,
  /** Only for urban projects; null for industrial ones. */
  urbanCategory: urbanCategorySchema.nullable(),
  /** Null for urban projects. */
  industryChain: industryChainSchema.nullable(),
  /** A track of `industryChain`, or null. */
  track: industryTrackSchema.nullable(),
  /** 建设单位 / 项目业主. */
  ownerEnterprise: z.string().nullable(),
  location: z.string().nullable(),
  /** 牵头单位 / 责任单位. */
  leadDepartment: z.string().nullable(),
  /** 总投资, 亿元. */
  plannedTotalInvestment: investmentSchema,
  /** 年度计划投资 for the plan's year, 亿元. */
  plannedAnnualInvestment: investmentSchema,
  /** One of the 新落地过10亿元项目. */
  isNewBillionProject: z.boolean(),
  /** Dated status changes, oldest first. Before the first one the project counts as planned. */
  statusHistory: z.array(statusEventSchema),
  /** One entry per month with investment, oldest first. */
  monthlyInvestment: z.array(monthlyInvestmentSchema),
  notes: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
});

export const projectSchema = projectFieldsSchema.superRefine((project, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  if (project.kind === 'urban') {
    if (project.urbanCategory === null) issue(['urbanCategory'], 'an urban project needs a category');
    if (project.industryChain !== null) issue(['industryChain'], 'an urban project has no industry chain');
  } else if (project.urbanCategory !== null) {
    issue(['urbanCategory'], 'only urban projects have an urban category');
  }
  if (
    project.track !== null &&
    (project.industryChain === null || industryTrackChain[project.track] !== project.industryChain)
  ) {
    issue(['track'], 'the track must belong to the project’s industry chain');
  }
  if (project.plannedAnnualInvestment > project.plannedTotalInvestment) {
    issue(['plannedAnnualInvestment'], 'the 2024 plan cannot exceed the total investment');
  }
  project.statusHistory.forEach((event, i) => {
    const previous = project.statusHistory[i - 1];
    if (previous !== undefined && event.date < previous.date) {
      issue(['statusHistory', i, 'date'], 'status changes must be in date order');
    }
  });
  project.monthlyInvestment.forEach((entry, i) => {
    const previous = project.monthlyInvestment[i - 1];
    if (previous !== undefined && entry.period <= previous.period) {
      issue(['monthlyInvestment', i, 'period'], 'months must be in order, each once');
    }
  });
});
export type Project = z.infer<typeof projectSchema>;

/** One of the 99 key projects: the portfolio of the start rate, production count and investment. */
export function isKeyProject(project: Project): boolean {
  return project.kind === 'industrial';
}

/** One of the 21 key urban construction projects. */
export function isUrbanProject(project: Project): boolean {
  return project.kind === 'urban';
}
