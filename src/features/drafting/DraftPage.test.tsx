import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { mockSessionServer } from '../../app/testing/mockSessionServer';
import { renderApp } from '../../app/testing/renderApp';

configure({ asyncUtilTimeout: 15_000 });

const { actAs } = mockSessionServer(() => null);

async function readReport(text: string) {
  const { user } = renderApp('/drafts');
  const textarea = await screen.findByLabelText('工作报告文字');
  await user.click(textarea);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: '读取目标' }));
  return user;
}

describe('the drafting page', { timeout: 60_000 }, () => {
  it('asks anonymous visitors to sign in and tells viewers they cannot draft', async () => {
    renderApp('/drafts');
    expect(await screen.findByRole('link', { name: '请先登录后再起草计划' })).toHaveAttribute(
      'href',
      '/signin?next=%2Fdrafts',
    );
    await actAs('viewer');
    renderApp('/drafts');
    expect(
      await screen.findByText('你的账号只能查看，不能起草计划。如需起草，请联系管理员。'),
    ).toBeInTheDocument();
  });

  it('lists the seed article’s targets beside their highlighted words, and the 1310 frame', async () => {
    await actAs('editor');
    await readReport(sourceArticleZh);
    expect(await screen.findByText('共 17 项：已采纳 0，待定 17，已舍弃 0')).toBeInTheDocument();
    expect(screen.getByText('“1310”工作体系')).toBeInTheDocument();
    const marks = screen.getAllByText((_, element) => element?.tagName === 'MARK');
    expect(marks.map((mark) => mark.textContent)).toContain('力争一季度开工率超过90%');
    expect(screen.getByLabelText('数值:新落地过10亿元项目')).toHaveValue('10');
  });

  it('corrects a value, drops one, merges the start rates, adds one, and confirms only the accepted', async () => {
    await actAs('admin');
    const user = await readReport(sourceArticleZh);
    await screen.findByText('共 17 项：已采纳 0，待定 17，已舍弃 0');

    const retail = screen.getByLabelText('数值:社会消费品零售总额');
    await user.clear(retail);
    await user.type(retail, '6');
    await user.tab();
    await user.click(screen.getByRole('button', { name: '舍弃:成立招商“专家咨询委员会”' }));
    await user.click(screen.getByRole('button', { name: '采纳:地区生产总值' }));

    const startRates = screen.getAllByRole('checkbox', { name: '选择:开工率' });
    for (const box of startRates) await user.click(box);
    await user.click(screen.getByRole('button', { name: '合并所选' }));
    expect(screen.getByLabelText('数值:开工率#1')).toHaveValue('90');
    expect(screen.getByLabelText('数值:开工率#2')).toHaveValue('100');

    const add = screen.getByRole('form', { name: '补充遗漏的目标' });
    await user.type(within(add).getByLabelText('目标名称'), '新增高新技术企业');
    await user.click(within(add).getByRole('button', { name: '添加' }));

    expect(screen.getByText('共 17 项：已采纳 4，待定 12，已舍弃 1')).toBeInTheDocument();
    expect(
      screen.getByText('已采纳的 4 项目标将在下一步写入计划；确认之前不会保存任何内容。'),
    ).toBeInTheDocument();
  });

  it('says why a report was refused, in the user’s language', async () => {
    await actAs('editor');
    await readReport('China targets an economic growth rate of around 5 percent in 2025.');
    expect(await screen.findByRole('alert')).toHaveTextContent('未识别到中文内容,请粘贴中文工作报告');
  });
});
