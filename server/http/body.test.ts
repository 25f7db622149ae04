import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorBodySchema } from '../../src/api/contract';
import { createErrorHandler } from './errors';
import { maxBodyBytes, readJsonBody, writeBodyLimit } from './body';

const noteSchema = z.object({ text: z.string(), figures: z.object({ value: z.number() }).strict() }).strict();

/** A throwaway app with one write route, standing in for the write routes of the API. */
function writeApp() {
  const app = new Hono().post('/notes', writeBodyLimit, async (c) =>
    c.json(await readJsonBody(c, noteSchema), 201),
  );
  app.onError(createErrorHandler('mock'));
  return app;
}

async function post(body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  const response = await writeApp().request('/notes', { method: 'POST', body, headers });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function postError(body: string, headers?: Record<string, string>) {
  const { status, body: payload } = await post(body, headers);
  return { status, error: errorBodySchema.parse(payload).error };
}

describe('readJsonBody', () => {
  it('returns a body that matches the schema', async () => {
    const note = { text: '一季度开门红', figures: { value: 6.1 } };
    expect(await post(JSON.stringify(note))).toEqual({ status: 201, body: note });
  });

  it('refuses malformed JSON as an invalid body', async () => {
    const { status, error } = await postError('{"text": ');
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'invalidBody', field: 'body' });
  });

  it('refuses a body that is not sent as JSON', async () => {
    const { status, error } = await postError('text=hello', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({ code: 'invalidBody', field: 'body' });
  });

  it('names the field that has the wrong type', async () => {
    const { error } = await postError(JSON.stringify({ text: '说明', figures: { value: 'six' } }));
    expect(error).toMatchObject({ code: 'invalidBody', field: 'figures.value' });
  });

  it('names an unknown field, however deep', async () => {
    const top = await postError(JSON.stringify({ text: '说明', figures: { value: 1 }, extra: true }));
    expect(top.error).toMatchObject({ code: 'invalidBody', field: 'extra' });
    const nested = await postError(JSON.stringify({ text: '说明', figures: { value: 1, unit: '%' } }));
    expect(nested.error).toMatchObject({ code: 'invalidBody', field: 'figures.unit' });
  });

  it('answers a body larger than 1 MB with payloadTooLarge', async () => {
    const tooLarge = JSON.stringify({ text: 'x'.repeat(maxBodyBytes), figures: { value: 1 } });
    const { status, error } = await postError(tooLarge, {
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
    });
    expect(status).toBe(413);
    expect(error.code).toBe('payloadTooLarge');
    expect(error.message).toMatch(/too large/);
  });
});
