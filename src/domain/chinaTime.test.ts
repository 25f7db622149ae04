import { describe, expect, it } from 'vitest';
import { chinaDateTime, chinaDayStart } from './chinaTime';
import { periodCutoff, todayInChina } from './period';

describe('China time', () => {
  it('reads an instant on China’s clock: late evening UTC is already the next day in China', () => {
    expect(chinaDateTime(Date.parse('2024-03-31T16:30:05Z'))).toEqual({
      date: '2024-04-01',
      time: '00:30:05',
    });
    expect(chinaDateTime(new Date('2024-03-31T15:59:59Z'))).toEqual({ date: '2024-03-31', time: '23:59:59' });
    expect(todayInChina(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('starts a Chinese day at 16:00 UTC the day before, and ends a month one millisecond before the next one starts', () => {
    expect(new Date(chinaDayStart('2024-03-01')).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(periodCutoff('2024-03')).toBe('2024-03-31T15:59:59.999Z');
  });
});
