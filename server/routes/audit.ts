/**
 * Reading the audit trail (signed-in users): `GET /api/audit?…` with filters, as JSON or, with
 * `?format=csv` or `Accept: text/csv`, as a CSV file for Excel; and `GET /api/indicators/:id/audit`
 * for one indicator's page. There is no route that changes or deletes an entry. Mounted at /api.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  auditEntityTypeSchema,
  type AuditEntry,
  type AuditFilter,
  type AuditListResponse,
} from '../../src/api/auditContract';
import { idParamSchema } from '../../src/api/contract';
import { requireSignedIn } from '../auth/guards';
import type { AppEnv } from '../http/appEnv';
import { ApiProblem } from '../http/errors';
import { parseIdParam, parseQuery } from '../http/parameters';
import { auditListMaximum } from '../store/auditFilter';
import type { Store } from '../store/port';
import { auditCsv } from './auditCsv';

/** A day (YYYY-MM-DD, China time) or an ISO instant. */
const timeBoundSchema = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(text) && !Number.isNaN(Date.parse(text)));
const countSchema = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number);

export const auditQuerySchema = z
  .object({
    planId: idParamSchema.optional(),
    indicatorId: idParamSchema.optional(),
    entityType: auditEntityTypeSchema.optional(),
    entityId: z.string().min(1).max(200).optional(),
    actor: z.string().min(1).max(100).optional(),
    from: timeBoundSchema.optional(),
    to: timeBoundSchema.optional(),
    batchId: z.string().min(1).max(100).optional(),
    limit: countSchema.pipe(z.number().int().min(1).max(auditListMaximum)).optional(),
    offset: countSchema.optional(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .strict();

const indicatorAuditQuerySchema = z
  .object({ limit: countSchema.pipe(z.number().int().min(1).max(auditListMaximum)).optional() })
  .strict();

/** The most rows one CSV export carries. */
const maxCsvRows = 50_000;
const defaultListLimit = 200;

async function allEntries(store: Store, filter: AuditFilter): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let offset = filter.offset ?? 0; entries.length < maxCsvRows; offset += auditListMaximum) {
    const page = await store.audit.list({ ...filter, offset, limit: auditListMaximum });
    entries.push(...page);
    if (page.length < auditListMaximum) break;
  }
  return entries.slice(0, maxCsvRows);
}

/** Names of what entries are about: indicators and campaign actions, in Chinese. */
async function objectNames(store: Store, entries: AuditEntry[]): Promise<(entry: AuditEntry) => string> {
  const names = new Map<string, string>();
  for (const planId of new Set(entries.map((entry) => entry.planId))) {
    const contents = await store.getPlan(planId);
    for (const indicator of contents?.indicators ?? [])
      names.set(`indicator:${indicator.id}`, indicator.name.zh);
    for (const action of contents?.plan.actions ?? []) names.set(`action:${action.id}`, action.name.zh);
  }
  return (entry) => {
    const kind = entry.entityType === 'value' ? 'indicator' : entry.entityType;
    return names.get(`${kind}:${entry.entityId}`) ?? '';
  };
}

function wantsCsv(format: string | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return /\btext\/csv\b/i.test(accept ?? '');
}

export function auditRoutes(store: Store) {
  return new Hono<AppEnv>()
    .get('/audit', async (c) => {
      requireSignedIn(c);
      const { format, ...asked } = parseQuery(auditQuerySchema, c.req.queries());
      // Account changes are for admins, on the users page (GET /api/users/changes), not in the plan's log.
      const filter: AuditFilter = { ...asked, excludeEntityTypes: ['user'] };
      if (wantsCsv(format, c.req.header('Accept'))) {
        const entries = await allEntries(store, filter);
        const csv = auditCsv(entries, await objectNames(store, entries));
        const day = new Date().toISOString().slice(0, 10);
        c.header(
          'Content-Disposition',
          `attachment; filename="audit-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`变更记录-${day}.csv`)}`,
        );
        return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
      }
      const body: AuditListResponse = {
        entries: await store.audit.list({ ...filter, limit: filter.limit ?? defaultListLimit }),
      };
      return c.json(body);
    })
    .get('/indicators/:indicatorId/audit', async (c) => {
      requireSignedIn(c);
      const indicatorId = parseIdParam('indicatorId', c.req.param('indicatorId'));
      const { limit } = parseQuery(indicatorAuditQuerySchema, c.req.queries());
      const indicator = await store.getIndicator(indicatorId);
      if (!indicator) throw new ApiProblem('notFound', { field: 'indicatorId' });
      const body: AuditListResponse = {
        entries: await store.audit.list({
          indicatorId,
          planId: indicator.planId,
          limit: limit ?? defaultListLimit,
        }),
      };
      return c.json(body);
    });
}
