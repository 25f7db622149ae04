import { describe, expect, it } from 'vitest';
import { readPredicate } from './predicates';

describe('targets without a figure of their own', () => {
  it('reads 保持正增长 as growth above zero', () => {
    expect(readPredicate('一般公共预算收入保持正增长')).toMatchObject({ kind: 'growthRate', comparator: 'gt', value: 0, unit: '%', index: 8 });
  });

  it('reads 与经济增长同步 as relative to economic growth', () => {
    expect(readPredicate('居民收入增长与经济增长同步')).toMatchObject({ kind: 'relative', comparator: 'approx', benchmark: '经济增长' });
  });

  it('reads 高于全省 and 快于全市平均 as above a benchmark', () => {
    expect(readPredicate('规上工业增加值增速高于全省')).toMatchObject({ kind: 'relative', comparator: 'gt', benchmark: '全省' });
    expect(readPredicate('固定资产投资快于全市平均水平')).toMatchObject({ benchmark: '全市' });
  });

  it('reads 保持在合理区间 as a range the office sets', () => {
    expect(readPredicate('居民消费价格保持在合理区间')).toMatchObject({ comparator: 'range', value: null });
  });

  it('reads 保持全市领先 as first place and 全省前三 as third or better', () => {
    expect(readPredicate('实际利用外资继续保持全市领先')).toMatchObject({ kind: 'rank', comparator: 'lte', value: 1, unit: '名' });
    expect(readPredicate('综合排名进入全省前三')).toMatchObject({ kind: 'rank', value: 3 });
  });

  it('reads 完成……下达的……约束性指标 as binding', () => {
    expect(readPredicate('完成省下达的节能减排约束性指标')).toMatchObject({ binding: true, ownName: '节能减排约束性' });
    expect(readPredicate('节能减排完成上级下达目标任务')).toMatchObject({ binding: true, index: 4 });
  });

  it('reads 量稳质升 as qualitative', () => {
    expect(readPredicate('外贸进出口均实现量稳质升')).toMatchObject({ kind: 'qualitative', comparator: 'qualitative' });
  });

  it('reads 成立……委员会 and 建立……机制 as milestones named by their own words', () => {
    expect(readPredicate('成立招商“专家咨询委员会')).toMatchObject({ kind: 'milestone', ownName: '成立招商“专家咨询委员会' });
    expect(readPredicate('建立项目专项督查机制')).toMatchObject({ kind: 'milestone' });
  });

  it('reads prose that states no target as nothing', () => {
    expect(readPredicate('健全涉旅投诉快速反应机制')).toBeNull();
    expect(readPredicate('推动企业梯次成长')).toBeNull();
  });
});
