/**
 * A new admin enters a real city's 2025 targets through the UI alone, on the real server, then
 * enters the year-end figures in the batch grid and reads the statuses the overview shows.
 *
 * The targets come from the 主要预期目标 paragraph of the 2025 government work report of 新乡市
 * (Xinxiang, Henan), a report of 新乡市人民政府 whose full text was published on 2025-02-14; cited
 * here from a news page that republished it, “2月14日，2025年新乡市政府工作报告全文发布”,
 * http://www.91haoming.cn/news/show-309091.html. The report is quoted here only; nothing of it is
 * shipped as seed data, and the plan's source text below is an abridged excerpt. The paragraph
 * reads, in part: 经济增长6%左右 … 城镇新增就业7.7万人，居民消费价格涨幅2%左右，居民收入增长与经济
 * 增长同步，粮食产量稳定在90亿斤以上 … 研发经费投入强度持续高于全国全省平均水平.
 *
 * How each sentence is entered (the kind an admin chooses):
 * - 经济增长6%左右: a growth rate, 左右 with the default band ±0.5 个百分点, quarterly.
 * - 居民消费价格涨幅2%左右: the report ties it to keeping prices 在合理区间, so the office enters it
 *   as a range whose interval it sets, 1.5%–2.5%, lower is better, monthly.
 * - 居民收入增长与经济增长同步: relative to another indicator of the plan (经济增长), 左右 0 ± 0.5.
 * - 研发经费投入强度高于全省平均水平: relative to a benchmark series (全省平均水平) that the admin
 *   enters month by month on the benchmarks screen; the province publishes it once a year, so
 *   only December is filled. Strictly above: 超过 0.
 * - 城镇新增就业7.7万人: a cumulative amount in the unit as written, 万人, not below 7.7 (decimals).
 * - 粮食产量稳定在90亿斤以上: a floor (以上 = 不低于) in the unit as written, 亿斤 (the report
 *   writes 亿斤, not 万吨), yearly, 约束性.
 *
 * Hand-worked statuses. The 2025 plan year is over when this runs, so the overview stands at
 * December 2025 and every target is judged on its year-end figure (December, Q4 or the year's):
 *
 * | target                         | figure (2025-12)   | yardstick / schedule       | status shown                         | why                                                   |
 * |--------------------------------|--------------------|----------------------------|--------------------------------------|-------------------------------------------------------|
 * | 经济增长 6%左右 ±0.5           | 5.8%               | band 5.5–6.5               | 已完成 · 在目标区间内                | 5.5 ≤ 5.8 ≤ 6.5                                      |
 * | 居民消费价格涨幅 区间1.5%–2.5% | 2.7%               | range 1.5–2.5              | 未完成 · 高于上限                    | 2.7 > 2.5                                             |
 * | 居民人均可支配收入增速 同步    | 6.1%               | 经济增长 5.8%, 0 ± 0.5     | 已完成 · 与经济增长同步              | 6.1 − 5.8 = 0.3, inside ±0.5                          |
 * | 研发经费投入强度 高于全省      | 2.3%               | 全省平均水平 2.1% (12月)   | 已完成 · 高于全省平均水平0.2个百分点 | 2.3 − 2.1 = 0.2 > 0                                   |
 * | 城镇新增就业 7.7万人           | 8.1万人            | schedule at Dec = 7.7      | 已完成 · 完成年度计划105.2%，超时间进度5.2个百分点 | 8.1 ≥ 7.7; 8.1/7.7 = 105.2%, time 100%  |
 * | 粮食产量 90亿斤以上 (约束性)   | none yet           | —                          | 待年终数据                           | a year-end target is judged only on the year's figure |
 * | 粮食产量, then                 | 91.2亿斤           | —                          | 已完成 · 完成年度计划101.3%…         | 91.2 ≥ 90; 91.2/90 = 101.3%                           |
 *
 * The figures are made up for the test; they are not Xinxiang's published results.
 * Screenshots at 1440 and 390 px in Chinese and at 1440 px in English, for a person to judge.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { RunningServer } from '../../server/startServer';
import { startOwnServer, type OwnServer } from './ownServer';
import { saveScreenshot } from './screenshots';

const adminPassword = 'real-plan-2025-spec-password';
let own: OwnServer;
let server: RunningServer;

test.beforeAll(async () => {
  own = await startOwnServer('real-plan-2025', adminPassword);
  server = own.server;
});

test.afterAll(() => own.stop());

/** Chinese at 1440 and 390 px, then English at 1440 px. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await saveScreenshot(page, `real-plan-2025-${name}-zh-1440`);
  await page.setViewportSize({ width: 390, height: 900 });
  await saveScreenshot(page, `real-plan-2025-${name}-zh-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await saveScreenshot(page, `real-plan-2025-${name}-en-1440`);
  await page.getByRole('button', { name: '中文', exact: true }).click();
}

async function fillPair(scope: Locator, label: string, zh: string, en: string) {
  await scope.getByLabel(`${label}（中文）`, { exact: true }).fill(zh);
  await scope.getByLabel(`${label}（英文）`, { exact: true }).fill(en);
}

interface TargetEntry {
  name: [string, string];
  text: [string, string];
  quote: string;
  kind?: string;
  unit?: string;
  unitLabel?: [string, string];
  direction?: string;
  frequency: string;
  nature?: string;
  comparator: string;
  value?: string;
  range?: [string, string];
  reference?: [string, string];
}

/** One target through the 新增指标 form, from the indicator list and back to it. */
async function addTarget(page: Page, target: TargetEntry) {
  await page.getByRole('link', { name: '新增指标' }).first().click();
  const form = page.getByRole('form', { name: '新增指标' });
  await fillPair(form, '指标名称', ...target.name);
  await fillPair(form, '目标表述', ...target.text);
  await form.getByLabel('原文语句').fill(target.quote);
  if (target.nature) await form.getByLabel('约束性 / 预期性').selectOption({ label: target.nature });
  if (target.kind) await form.getByLabel('指标类型').selectOption({ label: target.kind });
  if (target.unit) await form.getByLabel('单位', { exact: true }).selectOption({ label: target.unit });
  if (target.unitLabel) await fillPair(form, '原文单位', ...target.unitLabel);
  if (target.direction) await form.getByLabel('方向').selectOption({ label: target.direction });
  await form.getByLabel('报送频率').selectOption({ label: target.frequency });
  await form.getByLabel('比较方式 1').selectOption({ label: target.comparator });
  if (target.range) {
    await form.getByLabel('下限 1').fill(target.range[0]);
    await form.getByLabel('上限 1').fill(target.range[1]);
  } else {
    await form.getByLabel('目标值 1').fill(target.value ?? '');
  }
  if (target.reference) {
    await form.getByLabel('比较对象').selectOption({ label: target.reference[0] });
    await form.getByLabel('比较的序列或指标').selectOption({ label: target.reference[1] });
  }
  await fillPair(form, '数据来源', '市统计局', 'City statistics bureau');
  await form.getByRole('button', { name: '创建指标' }).click();
  await expect(page.getByRole('form', { name: '编辑指标定义' })).toBeVisible();
  await page.getByRole('link', { name: '返回指标列表' }).click();
  await expect(page.getByText(target.name[0], { exact: true })).toBeVisible();
}

/** The main-target card of one indicator on the overview. */
function card(page: Page, name: string): Locator {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('an admin enters Xinxiang’s 2025 targets through the UI and sees the statuses a hand-worked table predicts', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${server.url}/signin?next=%2Fplans%2Fnew`);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(adminPassword);
  await page.getByRole('main').getByRole('button', { name: '登录' }).click();

  // The plan, from the report's heading and target paragraph.
  const plan = page.getByRole('form', { name: '新建计划' });
  await fillPair(plan, '组织名称', '新乡市', 'Xinxiang');
  await plan.getByLabel('组织层级').selectOption({ label: '市' });
  await plan.getByLabel('年度').fill('2025');
  await fillPair(plan, '计划标题', '新乡市2025年主要预期目标', 'Xinxiang 2025 main targets');
  await plan.getByLabel('文件标题').fill('2025年新乡市政府工作报告');
  await plan.getByLabel('发布日期').fill('2025-02-14');
  await plan
    .getByLabel('文件全文')
    .fill(
      '2025年主要预期目标：经济增长6%左右，居民消费价格涨幅2%左右，居民收入增长与经济增长同步，' +
        '粮食产量稳定在90亿斤以上，研发经费投入强度持续高于全国全省平均水平；城镇新增就业7.7万人。',
    );
  await plan.getByRole('button', { name: '创建计划' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/admin$/);
  const planBase = new URL(page.url()).pathname.replace(/\/admin$/, '');

  // Its frame: one central task and one campaign action under it.
  const addTask = page.getByRole('form', { name: '添加中心任务' });
  await fillPair(addTask, '名称', '扩大有效投资', 'Effective investment');
  await addTask.getByRole('button', { name: '添加中心任务' }).click();
  const addAction = page.getByRole('form', { name: '添加攻坚行动' });
  await fillPair(addAction, '名称', '重大项目谋划', 'Major projects');
  await addAction.getByLabel('原文语句').fill('谋划储备500个5000万元以上重大项目');
  await addAction.getByLabel('扩大有效投资').check();
  await addAction.getByRole('button', { name: '添加攻坚行动' }).click();
  await expect(
    page.getByRole('region', { name: '攻坚行动' }).getByText('重大项目谋划', { exact: true }),
  ).toBeVisible();

  // The province's series that 高于全省 compares with, entered month by month (December only: the
  // province publishes its R&D intensity once a year).
  const adminNav = page.getByRole('navigation', { name: '计划管理' });
  await adminNav.getByRole('link', { name: '对标序列' }).click();
  const addSeries = page.getByRole('form', { name: '新建序列' });
  await fillPair(addSeries, '序列名称', '全省平均水平', 'the provincial average');
  await addSeries.getByRole('button', { name: '新建序列' }).click();
  const points = page.getByRole('form', { name: '“全省平均水平”逐月数值' });
  await points.getByLabel('12月').fill('2.1');
  await points.getByRole('button', { name: '保存逐月数值' }).click();
  await expect(points.getByRole('status')).toContainText('已保存');
  await shoot(page, 'benchmarks');

  // The six targets, as 主要预期目标.
  await adminNav.getByRole('link', { name: '指标' }).click();
  await addTarget(page, {
    name: ['经济增长', 'Economic growth'],
    text: ['增长6%左右', 'About 6%'],
    quote: '经济增长6%左右',
    frequency: '按季',
    comparator: '左右',
    value: '6',
  });
  await addTarget(page, {
    name: ['居民消费价格涨幅', 'Consumer price inflation'],
    text: ['2%左右（合理区间1.5%至2.5%）', 'About 2% (reasonable range 1.5% to 2.5%)'],
    quote: '居民消费价格涨幅2%左右',
    direction: '越低越好',
    frequency: '按月',
    comparator: '区间',
    range: ['1.5', '2.5'],
  });
  await addTarget(page, {
    name: ['居民人均可支配收入增速', 'Disposable income growth'],
    text: ['与经济增长同步', 'In step with economic growth'],
    quote: '居民收入增长与经济增长同步',
    frequency: '按季',
    comparator: '左右',
    value: '0',
    reference: ['本计划另一指标', '经济增长'],
  });
  await addTarget(page, {
    name: ['研发经费投入强度', 'R&D intensity'],
    text: ['高于全省平均水平', 'Above the provincial average'],
    quote: '研发经费投入强度持续高于全国全省平均水平',
    kind: '分阶段比率',
    frequency: '按年',
    comparator: '超过',
    value: '0',
    reference: ['对标序列', '全省平均水平'],
  });
  await addTarget(page, {
    name: ['城镇新增就业', 'New urban jobs'],
    text: ['7.7万人', '77,000 people'],
    quote: '城镇新增就业7.7万人',
    kind: '累计个数',
    unit: '数量（按原文单位）',
    unitLabel: ['万人', 'people'],
    frequency: '按月',
    comparator: '不低于',
    value: '7.7',
  });
  await addTarget(page, {
    name: ['粮食产量', 'Grain output'],
    text: ['稳定在90亿斤以上', 'At least 9 bn jin'],
    quote: '粮食产量稳定在90亿斤以上',
    nature: '约束性',
    kind: '累计金额',
    unit: '数量（按原文单位）',
    unitLabel: ['亿斤', 'jin'],
    frequency: '按年',
    comparator: '不低于',
    value: '90',
  });
  await shoot(page, 'indicators');

  // The year-end figures, in one save of the batch grid; grain is not in yet.
  const header = page.getByRole('banner');
  const enterFigures = async () => {
    await header.getByRole('link', { name: '填报', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${planBase}/entry`));
    await page.getByLabel('期间').selectOption('2025-12');
  };
  await enterFigures();
  const grid = page.getByRole('table', { name: '2025年12月各指标数据' });
  for (const [name, figure] of [
    ['经济增长', '5.8'],
    ['居民消费价格涨幅', '2.7'],
    ['居民人均可支配收入增速', '6.1'],
    ['研发经费投入强度', '2.3'],
    ['城镇新增就业', '8.1'],
  ] as const) {
    await grid.getByRole('textbox', { name: `${name} 本期数值` }).fill(figure);
  }
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存 5 项' })).toBeVisible();

  await header.getByRole('link', { name: '总览', exact: true }).click();
  await expect(page.getByText('2025年度已结束').first()).toBeVisible();
  const expected: [string, string, string | null][] = [
    ['经济增长', '已完成', '在目标区间内'],
    ['居民消费价格涨幅', '未完成', '高于上限'],
    ['居民人均可支配收入增速', '已完成', '与经济增长同步'],
    ['研发经费投入强度', '已完成', '高于全省平均水平0.2个百分点'],
    ['城镇新增就业', '已完成', '完成年度计划105.2%，超时间进度5.2个百分点'],
    ['粮食产量', '待年终数据', null],
  ];
  for (const [name, status, words] of expected) {
    const target = card(page, name);
    await expect(target).toContainText(status);
    if (words) await expect(target).toContainText(words);
  }
  await expect(card(page, '粮食产量')).toContainText('约束性');
  await expect(card(page, '城镇新增就业')).toContainText('8.1万人');

  // The year's grain figure arrives: the floor is judged.
  await enterFigures();
  await grid.getByRole('textbox', { name: '粮食产量 本期数值' }).fill('91.2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存 1 项' })).toBeVisible();
  await header.getByRole('link', { name: '总览', exact: true }).click();
  await expect(card(page, '粮食产量')).toContainText('已完成');
  await expect(card(page, '粮食产量')).toContainText('完成年度计划101.3%');
  await shoot(page, 'overview');
});
