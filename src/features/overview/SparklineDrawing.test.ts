import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './SparklineDrawing';

describe('the sparkline of a main target', () => {
  it('puts the lowest figure at the bottom margin and the highest at the top, left to right by period', () => {
    const points = sparklinePoints([
      { period: '2024-02', value: 5 },
      { period: '2024-03', value: 7 },
      { period: '2024-04', value: 6 },
    ]);
    expect(points).toBe('4.0,40.0 100.0,4.0 196.0,22.0');
  });

  it('draws a flat series across the middle instead of dividing by zero', () => {
    expect(
      sparklinePoints([
        { period: '2024-03', value: 6 },
        { period: '2024-06', value: 6 },
      ]),
    ).toBe('4.0,22.0 196.0,22.0');
  });

  it('puts a single figure in the middle, where its dot is drawn', () => {
    expect(sparklinePoints([{ period: '2024-03', value: 6.1 }])).toBe('100.0,22.0');
  });
});
