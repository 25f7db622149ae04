import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download-file';

describe('the name a download is saved under', () => {
  it('is the Chinese name the server gives, else its plain name, else the fallback', () => {
    expect(
      fileNameOf(
        `attachment; filename="plan-2024-03.xlsx"; filename*=UTF-8''${encodeURIComponent('目标进度-2024-03.xlsx')}`,
        'export.xlsx',
      ),
    ).toBe('目标进度-2024-03.xlsx');
    expect(fileNameOf('attachment; filename="plan-2024-03.csv"', 'export.csv')).toBe('plan-2024-03.csv');
    expect(fileNameOf(null, 'export.csv')).toBe('export.csv');
  });
});
