import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { shouldRetry } from './queryClient';

describe('the retry policy', () => {
  it('tries a lost connection or a storage outage once more', () => {
    expect(shouldRetry(0, new ApiError('network', 'network unreachable', 0))).toBe(true);
    expect(shouldRetry(0, new ApiError('unavailable', 'storage down', 503))).toBe(true);
    expect(shouldRetry(1, new ApiError('network', 'network unreachable', 0))).toBe(false);
  });

  it('never repeats a request the server refused or failed on', () => {
    expect(shouldRetry(0, new ApiError('notFound', 'no such plan', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('invalidParameter', 'bad asOf', 400))).toBe(false);
    expect(shouldRetry(0, new ApiError('internal', 'boom', 500))).toBe(false);
  });
});
