/**
 * Calls the entry tests make on either target: JSON requests as a signed-in user (or anonymously),
 * reading a figure's current version, and giving indicators a lead department so editors may write.
 */
import { expect } from 'vitest';
import { errorBodySchema, indicatorResponseSchema, planTreeResponseSchema } from '../../src/api/contract';
import { indicatorPatchResponseSchema } from '../../src/api/definitionsContract';
import type { IndicatorValue } from '../../src/domain/model';
import type { SignedIn } from './signIn';
import type { RunningTarget } from './targets';

export const planId = 'weihai-hitech-2024';

export interface CallOptions {
  method?: string;
  as?: SignedIn | null;
  body?: unknown;
  /** Sent as it is, instead of JSON of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export function entryClient(running: () => RunningTarget) {
  async function call(
    path: string,
    { method = 'GET', as = null, body, rawBody, headers = {} }: CallOptions = {},
  ) {
    const target = running();
    const sendsBody = body !== undefined || rawBody !== undefined;
    const response = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers: {
        Origin: new URL(target.baseUrl).origin,
        ...(sendsBody ? { 'Content-Type': 'application/json' } : {}),
        ...(as ? as.headers : {}),
        ...headers,
      },
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, response, text, json: (): unknown => JSON.parse(text) };
  }

  async function errorOf(path: string, options: CallOptions) {
    const result = await call(path, options);
    return { status: result.status, error: errorBodySchema.parse(result.json()).error };
  }

  async function figure(indicatorId: string, period: string): Promise<IndicatorValue | null> {
    const { status, json } = await call(`/api/indicators/${indicatorId}`);
    expect(status).toBe(200);
    const { values } = indicatorResponseSchema.parse(json());
    return values.find((value) => value.period === period) ?? null;
  }

  /** Everything stored that a bad request must not change: every figure and the indicators. */
  async function snapshot() {
    const { status, json } = await call(`/api/plans/${planId}`);
    expect(status).toBe(200);
    const tree = planTreeResponseSchema.parse(json());
    return { values: tree.values, indicators: tree.indicators, actions: tree.plan.actions };
  }

  async function setLeadDepartment(admin: SignedIn, indicatorId: string, department: string): Promise<void> {
    const { json } = await call(`/api/indicators/${indicatorId}`);
    const { indicator } = indicatorResponseSchema.parse(json());
    if (indicator.leadDepartment === department) return;
    const patched = await call(`/api/indicators/${indicatorId}`, {
      method: 'PATCH',
      as: admin,
      body: { patch: { leadDepartment: department }, expectedVersion: indicator.version },
    });
    expect(patched.status, patched.text).toBe(200);
    indicatorPatchResponseSchema.parse(patched.json());
  }

  return { call, errorOf, figure, snapshot, setLeadDepartment };
}
