import { describe, expect, it } from 'vitest';
import { directionOf } from './direction';

describe('which way is better', () => {
  it('is lower for unemployment, consumer prices and energy use per unit of output', () => {
    expect(directionOf('城镇调查失业率', 'approx', 5.5)).toBe('lowerIsBetter');
    expect(directionOf('居民消费价格', 'approx', 3)).toBe('lowerIsBetter');
    expect(directionOf('单位地区生产总值能耗', 'qualitative', null)).toBe('lowerIsBetter');
  });

  it('is lower for any ceiling and for a fall (降低3%)', () => {
    expect(directionOf('某指标', 'lte', 3)).toBe('lowerIsBetter');
    expect(directionOf('单位国内生产总值二氧化碳排放', 'approx', -3.8)).toBe('lowerIsBetter');
  });

  it('is higher for growth', () => {
    expect(directionOf('地区生产总值', 'gte', 6)).toBe('higherIsBetter');
  });
});
