/**
 * The departments the seed's targets imply: the zone departments its indicators' data sources
 * name (区统计局, 区财政局, 区商务部门, 区投资促进部门, 区督查部门), each the lead department
 * (牵头单位) of the targets it reports, so that a fresh editor of one has figures to enter.
 * Sources outside the zone (海关统计, 市商务部门通报) are reported through 区商务部门; indicators
 * computed from the project registry are typed by nobody and keep no lead department.
 */
import type { Department } from '../../src/domain/model';
import { seedPlan } from './plan';

function department(id: string, zh: string, en: string): Department {
  return { id, organisation: seedPlan.zone.zh, name: { zh, en }, retired: false, version: 1 };
}

export const seedDepartments: Department[] = [
  department('zone-statistics', '区统计局', 'Statistics bureau'),
  department('zone-finance', '区财政局', 'Finance bureau'),
  department('zone-commerce', '区商务部门', 'Commerce department'),
  department('zone-investment-promotion', '区投资促进部门', 'Investment promotion department'),
  department('zone-inspection', '区督查部门', 'Inspection office'),
];

/** The lead department of each seed indicator that people type in, by the data source it names. */
export const seedLeadDepartments: Record<string, string> = {
  'gdp-growth': '区统计局',
  'industrial-value-added-growth': '区统计局',
  'fixed-asset-investment-growth': '区统计局',
  'retail-sales-growth': '区统计局',
  'public-budget-revenue-growth': '区财政局',
  'foreign-capital-used': '区商务部门',
  'foreign-trade': '区商务部门',
  'foreign-capital-city-rank': '区商务部门',
  'top-ten-industries-domestic-capital': '区投资促进部门',
  'investment-expert-committee': '区投资促进部门',
  'project-inspection-mechanism': '区督查部门',
};
