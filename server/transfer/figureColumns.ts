/**
 * The columns of the figures template (指标数据), and the words it uses for judgements and units.
 * Browser-safe.
 */
import type { Indicator, Judgement } from '../../src/domain/model';
import type { ColumnSpec } from './columns';

export type FigureColumn =
  | 'indicatorId'
  | 'indicatorName'
  | 'unit'
  | 'period'
  | 'value'
  | 'judgement'
  | 'achievedOn'
  | 'note'
  | 'source'
  | 'version';

export const figureColumns: readonly ColumnSpec<FigureColumn>[] = [
  { key: 'indicatorId', header: '指标编号', aliases: ['indicator id', 'id'], required: true },
  {
    key: 'indicatorName',
    header: '指标名称',
    aliases: ['indicator', 'name'],
    required: false,
    readOnly: true,
  },
  { key: 'unit', header: '单位', aliases: [], required: false, readOnly: true },
  { key: 'period', header: '期间', aliases: [], required: true },
  { key: 'value', header: '数值', aliases: [], required: true },
  { key: 'judgement', header: '研判', aliases: ['judgment'], required: false },
  { key: 'achievedOn', header: '完成日期', aliases: ['achieved on', 'completion date'], required: false },
  { key: 'note', header: '备注', aliases: [], required: false },
  { key: 'source', header: '来源', aliases: [], required: false },
  { key: 'version', header: '版本', aliases: [], required: true },
];

/** 研判 as the template writes it. */
export const judgementWords: Record<Judgement, { zh: string; en: string }> = {
  onTrack: { zh: '正常推进', en: 'On track' },
  needsAttention: { zh: '需关注', en: 'Needs attention' },
  behind: { zh: '滞后', en: 'Behind' },
};

/** What the 单位 column says of an indicator, including how milestones and judged ones are filled in. */
export function unitText(indicator: Pick<Indicator, 'kind' | 'unit'>): string {
  if (indicator.kind === 'milestone') return '1=已完成，0=未完成';
  if (indicator.kind === 'qualitative') return '研判（数值可不填）';
  switch (indicator.unit) {
    case 'percent':
      return '%';
    case 'count':
      return '个';
    case 'yiYuan':
      return '亿元';
    case 'rank':
      return '名次';
    case 'measure':
    case 'none':
      return '';
  }
}
