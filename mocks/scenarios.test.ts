import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, plansResponseSchema } from '../src/api/contract';
import { apiRequestPattern } from './handlers';
import { createMockServer } from './node';
import { emptyPlan, serverError, slowResponses } from './scenarios';

const origin = 'http://mock.test';
const server = createMockServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function plans(headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}/api/plans`, { headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('mock scenarios', () => {
  it('serves the seeded plan when no scenario is in force', async () => {
    const { status, body } = await plans();
    expect(status).toBe(200);
    expect(plansResponseSchema.parse(body).plans).toHaveLength(1);
  });

  it('slowResponses still answers with the same data, only later', async () => {
    server.use(slowResponses(20));
    const { status, body } = await plans();
    expect(status).toBe(200);
    expect(plansResponseSchema.parse(body).plans[0]?.id).toBe('weihai-hitech-2024');
  });

  it('serverError fails every request with a 500 in the contract shape, in the asked language', async () => {
    server.use(serverError());
    const chinese = await plans();
    expect(chinese.status).toBe(500);
    expect(errorBodySchema.parse(chinese.body).error).toEqual({
      code: 'internal',
      message: '服务器内部错误,请稍后重试',
    });
    const english = await plans({ 'Accept-Language': 'en' });
    expect(errorBodySchema.parse(english.body).error.message).toMatch(/went wrong/);
  });

  it('emptyPlan lists no plans and finds none', async () => {
    server.use(emptyPlan());
    const { status, body } = await plans();
    expect(status).toBe(200);
    expect(plansResponseSchema.parse(body).plans).toEqual([]);
    const plan = await fetch(`${origin}/api/plans/weihai-hitech-2024`);
    expect(plan.status).toBe(404);
  });

  it('createMockServer puts the scenarios it is given ahead of the mock app', async () => {
    server.close();
    const failing = createMockServer(serverError());
    failing.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await plans()).status).toBe(500);
    } finally {
      failing.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('apiRequestPattern', () => {
  it('takes API requests on any origin and leaves source modules whose path holds /api/ alone', () => {
    expect(apiRequestPattern.test('http://localhost:5173/api/plans')).toBe(true);
    expect(apiRequestPattern.test('http://mock.test/api/indicators/gdp-growth?asOf=2024-03')).toBe(true);
    expect(apiRequestPattern.test('http://localhost:5173/src/api/client.ts')).toBe(false);
    expect(apiRequestPattern.test('http://localhost:5173/src/features/indicator/api/getIndicator.ts')).toBe(
      false,
    );
    expect(apiRequestPattern.test('http://localhost:5173/apinotes')).toBe(false);
  });
});
