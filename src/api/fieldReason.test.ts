import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { fieldReason } from './fieldReason';

const refusal = (message: string, field?: string) => new ApiError('invalidBody', message, 400, field);

describe('the words of a refusal beside its field', () => {
  it('leave out the field path the server puts first, in Chinese and in English', () => {
    expect(
      fieldReason(
        refusal('请求内容中的 department.name.zh 威海市已有名为“区统计局”的部门', 'department.name.zh'),
      ),
    ).toBe('威海市已有名为“区统计局”的部门');
    expect(
      fieldReason(
        refusal('In the request body, "points.0.period" is not in the plan year (2025)', 'points.0.period'),
      ),
    ).toBe('is not in the plan year (2025)');
  });

  it('keep a message that does not start with its field whole', () => {
    expect(fieldReason(refusal('保存失败', 'name.zh'))).toBe('保存失败');
    expect(fieldReason(refusal('请求内容不正确'))).toBe('请求内容不正确');
  });
});
