import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => null);

async function readSeedArticle() {
  const rendered = renderApp('/drafts');
  const textarea = await screen.findByLabelText('工作报告文字');
  await rendered.user.click(textarea);
  await rendered.user.paste(sourceArticleZh);
  await rendered.user.click(screen.getByRole('button', { name: '读取目标' }));
  await screen.findByText('共 17 项：已采纳 0，待定 17，已舍弃 0');
  return rendered;
}

describe('confirming the reviewed targets into a plan', { timeout: 60_000 }, () => {
  it('proposes a new plan for the zone the report names, in its year, with its title and date', async () => {
    await actAs('admin');
    await readSeedArticle();
    const step = screen.getByRole('region', { name: '3. 确认写入计划' });
    expect(within(step).getByRole('radio', { name: '新建计划' })).toBeChecked();
    expect(within(step).getByLabelText('单位名称')).toHaveValue('高区');
    expect(within(step).getByLabelText('单位层级')).toHaveValue('zone');
    expect(within(step).getByLabelText('计划年度')).toHaveValue(2024);
    expect(within(step).getByLabelText('计划名称')).toHaveValue('2024年高区主要目标');
    expect(within(step).getByLabelText('来源文件标题')).toHaveValue('2023年度高区总结表彰大会召开');
    expect(within(step).getByLabelText('来源文件发布日期')).toHaveValue('2024-02-07');
    expect(within(step).getByRole('status')).toHaveTextContent('还没有采纳任何目标。');
    expect(within(step).getByRole('button', { name: '确认写入（0 项）' })).toBeDisabled();
  });

  it('shows what will be created, holds back a target added without a figure, and opens the new plan once confirmed', async () => {
    await actAs('admin');
    const { user, location } = await readSeedArticle();
    await user.click(screen.getByRole('button', { name: '采纳:地区生产总值' }));
    const retail = screen.getByLabelText('数值:社会消费品零售总额');
    await user.clear(retail);
    await user.type(retail, '6.5');
    await user.tab();
    const add = screen.getByRole('form', { name: '补充遗漏的目标' });
    await user.type(within(add).getByLabelText('目标名称'), '新增高新技术企业');
    await user.click(within(add).getByRole('button', { name: '添加' }));

    const step = screen.getByRole('region', { name: '3. 确认写入计划' });
    expect(within(step).getByText('将新建 1 个计划，含工作体系条目 13 个、目标 3 项：')).toBeInTheDocument();
    expect(within(step).getByText('不低于6.5%')).toBeInTheDocument();
    expect(within(step).getByText(/需修改：.*未填写目标数值/)).toBeInTheDocument();
    expect(within(step).getByRole('status')).toHaveTextContent('还有 1 处需要修改，修改后才能确认。');
    expect(within(step).getByRole('button', { name: '确认写入（3 项）' })).toBeDisabled();

    const added = screen.getByLabelText('数值:新增高新技术企业');
    await user.type(added, '30');
    await user.tab();
    await user.type(screen.getByLabelText('单位:新增高新技术企业'), '家');
    await user.tab();
    expect(within(step).getByRole('status')).toHaveTextContent(
      '核对无误：3 项目标将一次性写入，并记入变更记录。',
    );
    await user.click(within(step).getByRole('button', { name: '确认写入（3 项）' }));
    await waitFor(() => expect(location().pathname).toMatch(/^\/plans\/plan-2024-[a-z0-9]+\/$/));
    expect(await screen.findByRole('heading', { level: 1, name: '2024年目标总览' })).toBeInTheDocument();
    expect(await screen.findByText('新增高新技术企业')).toBeInTheDocument();
    expect(screen.getByText('社会消费品零售总额')).toBeInTheDocument();
  });

  it('tells an editor that only an administrator writes the targets into a plan', async () => {
    await actAs('editor');
    await readSeedArticle();
    expect(screen.getByText('只有管理员可以把目标写入计划。请将核对结果告知管理员。')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '3. 确认写入计划' })).toBeNull();
  });
});
