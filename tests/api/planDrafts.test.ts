/**
 * Drafting a plan from a work report through the API, on both targets: the seed article read as
 * the seed plan's targets, a .docx upload, every refusal with its message in the user's language,
 * who may draft, and that nothing is ever stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/api/contract';
import { docxContentType, planDraftResponseSchema } from '../../src/api/planDraftsContract';
import { sourceArticleZh } from '../../server/seed/sourceArticle';
import { docxOf } from './docxFile';
import { signInAs, type SignedIn } from './signIn';
import { apiTargets, type RunningTarget } from './targets';

const startTimeout = 60_000;
const nationalTargets = [
  '今年发展主要预期目标是:国内生产总值增长5%左右;城镇调查失业率5.5%左右,城镇新增就业1200万人以上;',
  '居民消费价格涨幅2%左右;居民收入增长和经济增长同步。',
];

describe.each(apiTargets)('drafting a plan from a work report on $name', (target) => {
  let running: RunningTarget | undefined;
  const people = {} as Record<'admin' | 'editor' | 'viewer', SignedIn>;

  beforeAll(async () => {
    running = await target.start();
    people.admin = await signInAs(running, 'admin');
    people.editor = await signInAs(running, 'editor', ['区统计局']);
    people.viewer = await signInAs(running, 'viewer');
  }, startTimeout);
  afterAll(async () => {
    await running?.stop();
  });

  const baseUrl = () => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running.baseUrl;
  };

  async function draft(body: unknown, as: SignedIn | null, language = 'zh-CN') {
    const response = await fetch(`${baseUrl()}/api/plan-drafts`, {
      method: 'POST',
      headers: {
        Origin: new URL(baseUrl()).origin,
        'Content-Type': 'application/json',
        'Accept-Language': language,
        ...(as ? as.headers : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  async function upload(
    bytes: Uint8Array,
    as: SignedIn,
    fields: Record<string, string> = {},
    language = 'zh-CN',
  ) {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(bytes)], '工作报告.docx', { type: docxContentType }));
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const response = await fetch(`${baseUrl()}/api/plan-drafts`, {
      method: 'POST',
      headers: { Origin: new URL(baseUrl()).origin, 'Accept-Language': language, ...as.headers },
      body: form,
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  const messageOf = (json: unknown) => errorBodySchema.parse(json).error;

  /** What a reader of the stored plan sees; drafting must leave it as it was. */
  async function storedState(): Promise<string> {
    const headers = people.admin.headers;
    const plans = await fetch(`${baseUrl()}/api/plans`, { headers });
    const audit = await fetch(`${baseUrl()}/api/audit`, { headers });
    return `${await plans.text()}\n${await audit.text()}`;
  }

  it('reads the seed article as the seed plan: 7 main targets, the action targets and the 1310 frame', async () => {
    const { status, json } = await draft({ text: sourceArticleZh }, people.editor);
    expect(status).toBe(200);
    const body = planDraftResponseSchema.parse(json);
    expect(body.year).toBe(2024);
    expect(body.frame?.code).toBe('1310');
    expect(body.frame?.actions).toHaveLength(10);
    const main = body.targets.filter((entry) => entry.actionName === null);
    expect(main.map((entry) => entry.name.zh)).toEqual([
      '地区生产总值',
      '规模以上工业增加值',
      '固定资产投资',
      '一般公共预算收入',
      '社会消费品零售总额',
      '实际使用外资',
      '外贸进出口',
    ]);
    const startRate = body.targets.filter((entry) => entry.name.zh === '开工率');
    expect(startRate.map((entry) => [entry.comparator, entry.value, entry.deadline])).toEqual([
      ['gt', 90, '2024-03-31'],
      ['gte', 100, '2024-06-30'],
    ]);
    for (const entry of body.targets) expect(sourceArticleZh).toContain(entry.sentence);
  });

  it('takes the plan year from the request when the text gives none', async () => {
    const { json } = await draft({ text: nationalTargets.join('\n'), year: 2025 }, people.admin);
    const body = planDraftResponseSchema.parse(json);
    expect(body.targets[0]).toMatchObject({
      name: { zh: '国内生产总值' },
      comparator: 'approx',
      value: 5,
      band: 0.5,
      deadline: '2025-12-31',
    });
    expect(body.targets.find((entry) => entry.name.zh === '城镇调查失业率')?.direction).toBe('lowerIsBetter');
  });

  it('reads a .docx upload and answers with the text it read', async () => {
    const { status, json } = await upload(docxOf(nationalTargets), people.editor, { year: '2025' });
    expect(status).toBe(200);
    const body = planDraftResponseSchema.parse(json);
    expect(body.text).toContain('国内生产总值增长5%左右');
    expect(body.targets.map((entry) => entry.name.zh)).toContain('城镇新增就业');
    for (const entry of body.targets)
      expect(body.text.slice(entry.at, entry.at + entry.sentence.length)).toBe(entry.sentence);
  });

  it('refuses a file that is not a .docx, in Chinese and in English', async () => {
    const fake = new TextEncoder().encode('主要预期目标是:地区生产总值增长6%左右。');
    const zh = await upload(fake, people.editor);
    expect(zh.status).toBe(400);
    expect(messageOf(zh.json)).toMatchObject({ code: 'invalidBody', field: 'file' });
    expect(messageOf(zh.json).message).toContain('不是有效的 Word(.docx)文档');
    const en = await upload(fake, people.editor, {}, 'en-US');
    expect(messageOf(en.json).message).toContain('not a valid Word (.docx) document');
  });

  it.each([
    ['empty text', '   \n ', '内容不能为空', 'it is empty'],
    [
      'English text',
      'China targets an economic growth rate of around 5 percent in 2025.',
      '未识别到中文内容',
      'does not look like Chinese',
    ],
    [
      'text that states no target',
      '梅延良强调,企业是发展的根本、立区的基石,全区上下要尊重企业家。',
      '未在文字中找到目标',
      'No targets were found',
    ],
  ])('refuses %s with a 400 that says why', async (_case, text, zh, en) => {
    const chinese = await draft({ text }, people.editor);
    expect(chinese.status).toBe(400);
    expect(messageOf(chinese.json)).toMatchObject({ code: 'invalidBody', field: 'text' });
    expect(messageOf(chinese.json).message).toContain(zh);
    const english = await draft({ text }, people.editor, 'en-US');
    expect(messageOf(english.json).message).toContain(en);
  });

  it('refuses text over 1 MB with a 400 that says so', async () => {
    const text = `主要预期目标是:地区生产总值增长6%左右。${'经济'.repeat(180_000)}`;
    const { status, json } = await draft({ text }, people.editor);
    expect(status).toBe(400);
    expect(messageOf(json).message).toContain('超过 1 MB');
  });

  it('refuses a body that is not the contract: a missing text or an unknown field', async () => {
    expect(messageOf((await draft({}, people.editor)).json)).toMatchObject({
      code: 'invalidBody',
      field: 'text',
    });
    expect((await draft({ text: '增长6%', plan: 'x' }, people.editor)).status).toBe(400);
    expect((await draft({ text: nationalTargets.join(''), year: 1800 }, people.editor)).status).toBe(400);
    expect((await draft('{not json', people.editor)).status).toBe(400);
  });

  it('asks anonymous visitors to sign in and refuses viewers', async () => {
    const body = { text: nationalTargets.join('') };
    expect((await draft(body, null)).status).toBe(401);
    expect((await draft(body, people.viewer)).status).toBe(403);
  });

  it('stores nothing, whatever it is sent', async () => {
    const before = await storedState();
    await draft({ text: sourceArticleZh }, people.admin);
    await draft({ text: '' }, people.editor);
    await upload(new Uint8Array([1, 2, 3]), people.editor);
    expect(await storedState()).toBe(before);
  });
});
