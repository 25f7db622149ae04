import { describe, expect, it } from 'vitest';
import { sourceArticleZh } from '../../../server/seed/sourceArticle';
import { reportHeading } from './reportHeading';

describe('what a report says about its plan', () => {
  it('reads the seed article as the zone 高区, titled by its first line and published on 2024-02-07', () => {
    expect(reportHeading(sourceArticleZh)).toEqual({
      organisation: '高区',
      level: 'zone',
      documentTitle: '2023年度高区总结表彰大会召开',
      publishedOn: '2024-02-07',
    });
  });

  it('reads a county’s government work report by the congress it was delivered to', () => {
    const text =
      '政府工作报告\n——2025年1月8日在荥阳市第十六届人民代表大会第五次会议上\n荥阳市人民政府市长 某某';
    expect(reportHeading(text)).toEqual({
      organisation: '荥阳市',
      level: 'city',
      documentTitle: '政府工作报告',
      publishedOn: '2025-01-08',
    });
  });

  it('reads a province by its government', () => {
    expect(
      reportHeading('四川省人民政府关于2025年工作的报告。主要预期目标是:地区生产总值增长5.5%左右。'),
    ).toMatchObject({
      organisation: '四川省',
      level: 'province',
      documentTitle: null,
    });
  });

  it('proposes nothing when the text names no organisation or day', () => {
    expect(reportHeading('主要预期目标是:地区生产总值增长5.5%左右。')).toEqual({
      organisation: null,
      level: null,
      documentTitle: null,
      publishedOn: null,
    });
  });
});
