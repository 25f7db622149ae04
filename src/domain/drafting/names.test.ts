import { describe, expect, it } from 'vitest';
import { borrowHead, expandUrbanRural, readSubject, stripRateWord } from './names';

describe('the name of a target', () => {
  it('is the subject without the cue words and the verb', () => {
    expect(readSubject('力争全年新落地过10亿元项目')).toEqual({ name: '新落地过10亿元项目', verb: null });
    expect(readSubject('地区生产总值增长')).toEqual({ name: '地区生产总值', verb: '增长' });
    expect(readSubject('粮食产量继续保持在')).toEqual({ name: '粮食产量', verb: '保持在' });
  });

  it('puts 新增 first: 规上工业企业新增10家 is 新增规上工业企业', () => {
    expect(readSubject('力争规上工业企业新增').name).toBe('新增规上工业企业');
  });

  it('drops 完成 before an amount unless nothing else would be left', () => {
    expect(readSubject('完成固定资产投资').name).toBe('固定资产投资');
    expect(readSubject('一季度完成投资').name).toBe('完成投资');
  });

  it('keeps a rate word out of the name', () => {
    expect(stripRateWord('居民消费价格涨幅')).toEqual({ name: '居民消费价格', rateWord: '涨幅' });
    expect(stripRateWord('GDP增速')).toEqual({ name: 'GDP', rateWord: '增速' });
  });

  it('splits 城乡居民 into town and country residents', () => {
    expect(expandUrbanRural('城乡居民人均可支配收入')).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
  });

  it('lends a short list item the head of the next: 大气、水环境质量改善', () => {
    expect(borrowHead('大气', '水环境质量改善')).toBe('大气环境质量改善');
    expect(borrowHead('城镇', '农村居民人均可支配收入')).toBe('城镇居民人均可支配收入');
    expect(borrowHead('实际使用外资', '外贸进出口')).toBe('实际使用外资');
  });
});
