/**
 * The API described as OpenAPI 3.1, generated from the zod contract (src/api/*Contract.ts) that the
 * server, the client and the mock share: request bodies, queries and answers are the contract's
 * own schemas, turned into JSON Schema by zod. Served at GET /api/openapi.json. A test walks the
 * app's routes and checks that each one is described here. Browser-safe.
 */
import {
  figureReviewBodySchema,
  figureReviewResponseSchema,
  myReviewTasksResponseSchema,
} from '../src/api/figureReviewsContract';
import { z } from 'zod';
import {
  accountResponseSchema,
  accountsResponseSchema,
  createAccountRequestSchema,
  signInRequestSchema,
  updateAccountRequestSchema,
} from '../src/api/accountsContract';
import {
  deliveriesQuerySchema,
  deliveriesResponseSchema,
  markReadBodySchema,
  notificationsQuerySchema,
  notificationsResponseSchema,
  unreadResponseSchema,
  webhookBodySchema,
  webhookPatchBodySchema,
  webhookResponseSchema,
  webhooksResponseSchema,
} from '../src/api/alertsContract';
import { sessionResponseSchema } from '../src/api/authContract';
import {
  draftConfirmationBodySchema,
  draftConfirmationResponseSchema,
  planDraftRequestSchema,
  planDraftResponseSchema,
} from '../src/api/planDraftsContract';
import { planTemplateImportQuerySchema, planTemplateReportSchema } from '../src/api/planTemplateContract';
import {
  actionBodySchema,
  actionResponseSchema,
  benchmarkBodySchema,
  benchmarkPatchBodySchema,
  benchmarkPointsBodySchema,
  benchmarkResponseSchema,
  benchmarksResponseSchema,
  centralTaskBodySchema,
  centralTaskPatchBodySchema,
  centralTaskResponseSchema,
  departmentBodySchema,
  departmentPatchBodySchema,
  departmentResponseSchema,
  departmentsQuerySchema,
  departmentsResponseSchema,
  indicatorBodySchema,
  indicatorEditBodySchema,
  indicatorResponseSchema as planIndicatorResponseSchema,
  indicatorsResponseSchema,
  leadDepartmentsBodySchema,
  reorderBodySchema,
  reorderResponseSchema,
  newPlanBodySchema,
  planCopyBodySchema,
  planPatchBodySchema,
  planResponseSchema,
  retireBodySchema,
  workItemBodySchema,
  workItemPatchBodySchema,
  workItemProgressBodySchema,
  workItemResponseSchema,
} from '../src/api/plansContract';
import {
  figuresQuerySchema,
  errorBodySchema,
  healthResponseSchema,
  indicatorResponseSchema,
  planTreeResponseSchema,
  plansResponseSchema,
  readyResponseSchema,
} from '../src/api/contract';
import {
  actionTasksBodySchema,
  actionTasksResponseSchema,
  indicatorPatchBodySchema,
  indicatorPatchResponseSchema,
} from '../src/api/definitionsContract';
import { auditListResponseSchema } from '../src/api/auditContract';
import { liveEventSchema } from '../src/api/liveContract';
import {
  savedValuesResponseSchema,
  valueBatchBodySchema,
  valueFormBodySchema,
} from '../src/api/valuesContract';
import {
  deckInputSchema,
  deckSchema,
  decksResponseSchema,
  deckUpdateSchema,
  snapshotComparisonSchema,
  snapshotInputSchema,
  snapshotSchema,
  snapshotsResponseSchema,
} from '../src/api/presentContract';
import {
  projectCreateSchema,
  projectListQuerySchema,
  projectListResponseSchema,
  projectPatchSchema,
  projectResponseSchema,
  projectsBehindResponseSchema,
  projectWriteResponseSchema,
} from '../src/api/projectsContract';
import {
  exportQuerySchema,
  figureTemplateQuerySchema,
  importQuerySchema,
  importReportSchema,
} from '../src/api/transferContract';

import {
  explanationBodySchema,
  explanationResponseSchema,
  explanationsQuerySchema,
  explanationsResponseSchema,
} from '../src/api/explanationsContract';
import {
  reminderBodySchema,
  reminderResponseSchema,
  remindersQuerySchema,
  remindersResponseSchema,
} from '../src/api/remindersContract';
import { todoResponseSchema } from '../src/api/todoContract';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Operation {
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** The JSON answer; a file or stream names its media type instead. */
  answer?: z.ZodType;
  media?:
    'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' | 'text/event-stream';
  /** A multipart upload of a spreadsheet. */
  upload?: boolean;
  status?: 200 | 201;
}

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const;

/** The retire and restore routes of an item that is never deleted. */
function retiring(
  path: string,
  what: string,
  answer: z.ZodType,
): Record<string, Partial<Record<Method, Operation>>> {
  return {
    [`${path}/retire`]: {
      post: { summary: `Retire ${what}, keeping its history (admins)`, body: retireBodySchema, answer },
    },
    [`${path}/restore`]: { post: { summary: `Restore ${what} (admins)`, body: retireBodySchema, answer } },
  };
}

/** Every route of the app, by its Hono path. */
export const apiOperations: Record<string, Partial<Record<Method, Operation>>> = {
  '/api/health': {
    get: { summary: 'Liveness: the server runs and its storage answers', answer: healthResponseSchema },
  },
  '/api/ready': {
    get: {
      summary: 'Readiness: storage answers and every migration is applied (else 503)',
      answer: readyResponseSchema,
    },
  },
  '/api/openapi.json': { get: { summary: 'This document' } },
  '/api/session': {
    get: { summary: 'Who is signed in, and the CSRF token', answer: sessionResponseSchema },
    post: {
      summary: 'Sign in with a password (throttled)',
      body: signInRequestSchema,
      answer: sessionResponseSchema,
    },
    delete: { summary: 'Sign out', answer: sessionResponseSchema },
  },
  '/api/users': {
    get: { summary: 'Accounts (admins)', answer: accountsResponseSchema },
    post: {
      summary: 'Add an account (admins)',
      body: createAccountRequestSchema,
      answer: accountResponseSchema,
      status: 201,
    },
  },
  '/api/users/changes': {
    get: { summary: 'Account changes from the audit trail (admins)', answer: auditListResponseSchema },
  },
  '/api/users/:id': {
    patch: {
      summary: 'Change an account at the version read (admins)',
      body: updateAccountRequestSchema,
      answer: accountResponseSchema,
    },
  },
  '/api/plans': {
    get: { summary: 'The plans', answer: plansResponseSchema },
    post: {
      summary: 'Create a plan (admins)',
      body: newPlanBodySchema,
      answer: planResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId': {
    get: {
      summary: 'A plan with its indicators, figures and statuses (reviewed figures unless asked otherwise)',
      query: figuresQuerySchema,
      answer: planTreeResponseSchema,
    },
    patch: {
      summary: 'Rename, archive or edit a plan at the version read (admins)',
      body: planPatchBodySchema,
      answer: planResponseSchema,
    },
  },
  '/api/plans/:planId/copy': {
    post: {
      summary: 'Copy a plan to a new year: frame, indicators and rhythm, no figures (admins)',
      body: planCopyBodySchema,
      answer: planResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/central-tasks': {
    post: {
      summary: 'Add a central task (admins)',
      body: centralTaskBodySchema,
      answer: centralTaskResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/central-tasks/:taskId': {
    patch: {
      summary: 'Rename or reorder a central task (admins)',
      body: centralTaskPatchBodySchema,
      answer: centralTaskResponseSchema,
    },
  },
  ...retiring('/api/plans/:planId/central-tasks/:taskId', 'a central task', centralTaskResponseSchema),
  '/api/plans/:planId/actions': {
    post: {
      summary: 'Add a campaign action (admins)',
      body: actionBodySchema,
      answer: actionResponseSchema,
      status: 201,
    },
  },
  ...retiring('/api/plans/:planId/actions/:actionId', 'a campaign action', actionResponseSchema),
  '/api/plans/:planId/indicators': {
    get: {
      summary: 'A plan’s indicators; ?retired=include lists retired ones too',
      answer: indicatorsResponseSchema,
    },
    post: {
      summary: 'Add an indicator (admins)',
      body: indicatorBodySchema,
      answer: planIndicatorResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/indicators/:indicatorId': {
    patch: {
      summary: 'Edit an indicator: wording, targets, action, order (admins)',
      body: indicatorEditBodySchema,
      answer: planIndicatorResponseSchema,
    },
  },
  ...retiring('/api/plans/:planId/indicators/:indicatorId', 'an indicator', planIndicatorResponseSchema),
  '/api/plans/:planId/lead-departments': {
    post: {
      summary: 'Assign lead departments in bulk, all or nothing (admins)',
      body: leadDepartmentsBodySchema,
      answer: indicatorsResponseSchema,
    },
  },
  '/api/plans/:planId/order': {
    put: {
      summary:
        'One list’s whole new order in one write: central tasks, actions, or the indicators or work items under one action (admins)',
      body: reorderBodySchema,
      answer: reorderResponseSchema,
    },
  },
  '/api/plans/:planId/work-items': {
    post: {
      summary: 'Add a work item (admins)',
      body: workItemBodySchema,
      answer: workItemResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/work-items/:workItemId': {
    patch: {
      summary: 'Rename, move or reorder a work item (admins)',
      body: workItemPatchBodySchema,
      answer: workItemResponseSchema,
    },
  },
  '/api/plans/:planId/work-items/:workItemId/progress': {
    post: {
      summary: 'Record a work item’s progress with a dated note (admins, the lead department’s editors)',
      body: workItemProgressBodySchema,
      answer: workItemResponseSchema,
    },
  },
  ...retiring('/api/plans/:planId/work-items/:workItemId', 'a work item', workItemResponseSchema),
  '/api/plans/:planId/benchmarks': {
    get: { summary: 'A plan’s benchmark series (全省, 全市平均)', answer: benchmarksResponseSchema },
    post: {
      summary: 'Add a benchmark series (admins)',
      body: benchmarkBodySchema,
      answer: benchmarkResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/benchmarks/:seriesId': {
    patch: {
      summary: 'Rename a benchmark series (admins)',
      body: benchmarkPatchBodySchema,
      answer: benchmarkResponseSchema,
    },
  },
  '/api/plans/:planId/benchmarks/:seriesId/points': {
    put: {
      summary: 'Enter a benchmark series month by month (admins)',
      body: benchmarkPointsBodySchema,
      answer: benchmarkResponseSchema,
    },
  },
  ...retiring('/api/plans/:planId/benchmarks/:seriesId', 'a benchmark series', benchmarkResponseSchema),
  '/api/departments': {
    get: {
      summary: 'The departments of an organisation (?organisation=)',
      query: departmentsQuerySchema,
      answer: departmentsResponseSchema,
    },
    post: {
      summary: 'Add a department (admins)',
      body: departmentBodySchema,
      answer: departmentResponseSchema,
      status: 201,
    },
  },
  '/api/departments/:departmentId': {
    patch: {
      summary: 'Rename a department; the rename follows into the plans (admins)',
      body: departmentPatchBodySchema,
      answer: departmentResponseSchema,
    },
  },
  ...retiring('/api/departments/:departmentId', 'a department', departmentResponseSchema),
  '/api/plan-drafts': {
    post: {
      summary:
        'The targets and frame a pasted work report (or a .docx) states; nothing is stored (admins, editors)',
      body: planDraftRequestSchema,
      answer: planDraftResponseSchema,
    },
  },
  '/api/plans/:planId/figure-reviews': {
    post: {
      summary:
        'Submit figures (the lead department), or approve them or send them back with a comment (reviewers), at the versions read',
      body: figureReviewBodySchema,
      answer: figureReviewResponseSchema,
    },
  },
  '/api/plans/:planId/figure-reviews/mine': {
    get: {
      summary: 'Figures sent back to me, and figures waiting for my review',
      answer: myReviewTasksResponseSchema,
    },
  },
  '/api/plan-drafts/confirm': {
    post: {
      summary:
        'Write the reviewed targets of a work report into a new plan, or add them to one at the version read, all or nothing (admins)',
      body: draftConfirmationBodySchema,
      answer: draftConfirmationResponseSchema,
      status: 201,
    },
  },
  '/api/indicators/:indicatorId': {
    get: {
      summary: 'An indicator with its figures (reviewed figures unless asked otherwise)',
      query: figuresQuerySchema,
      answer: indicatorResponseSchema,
    },
    patch: {
      summary: 'Change an indicator’s definition (admins)',
      body: indicatorPatchBodySchema,
      answer: indicatorPatchResponseSchema,
    },
  },
  '/api/plans/:planId/decks': {
    get: { summary: 'Saved slide decks', answer: decksResponseSchema },
    post: { summary: 'Save a deck', body: deckInputSchema, answer: deckSchema, status: 201 },
  },
  '/api/decks/:deckId': {
    get: { summary: 'A deck', answer: deckSchema },
    put: { summary: 'Replace a deck at the version read', body: deckUpdateSchema, answer: deckSchema },
    delete: { summary: 'Delete a deck at the version read (?version=)' },
  },
  '/api/plans/:planId/reminders': {
    get: {
      summary: 'Reminders (催报) sent about overdue figures',
      query: remindersQuerySchema,
      answer: remindersResponseSchema,
    },
  },
  '/api/indicators/:indicatorId/reminders': {
    post: {
      summary: 'Remind the lead department of an overdue figure (office users)',
      body: reminderBodySchema,
      answer: reminderResponseSchema,
      status: 201,
    },
  },
  '/api/plans/:planId/explanations': {
    get: {
      summary: 'Reasons and measures filed for lagging targets',
      query: explanationsQuerySchema,
      answer: explanationsResponseSchema,
    },
  },
  '/api/indicators/:indicatorId/explanations/:period': {
    put: {
      summary:
        'File or revise the reasons and measures of one period at the version read (the lead department)',
      body: explanationBodySchema,
      answer: explanationResponseSchema,
    },
  },
  '/api/plans/:planId/todo': {
    get: { summary: 'The signed-in user’s to-do list (我的待办)', answer: todoResponseSchema },
  },
  '/api/plans/:planId/snapshots': {
    get: { summary: 'Meeting snapshots', answer: snapshotsResponseSchema },
    post: {
      summary: 'Freeze what a meeting was shown',
      body: snapshotInputSchema,
      answer: snapshotSchema,
      status: 201,
    },
  },
  '/api/snapshots/:snapshotId': { get: { summary: 'A snapshot', answer: snapshotSchema } },
  '/api/snapshots/:snapshotId/compare': {
    get: { summary: 'What changed since a snapshot', answer: snapshotComparisonSchema },
  },
  '/api/plans/:planId/projects': {
    get: {
      summary: 'The project register, filtered and sorted',
      query: projectListQuerySchema,
      answer: projectListResponseSchema,
    },
    post: {
      summary: 'Add a project',
      body: projectCreateSchema,
      answer: projectWriteResponseSchema,
      status: 201,
    },
  },
  '/api/projects/:projectId': {
    get: { summary: 'A project with its recent changes', answer: projectResponseSchema },
    patch: {
      summary: 'Change a project at the version read',
      body: projectPatchSchema,
      answer: projectWriteResponseSchema,
    },
  },
  '/api/indicators/:indicatorId/projects-behind': {
    get: { summary: 'The projects that hold an indicator back', answer: projectsBehindResponseSchema },
  },
  '/api/indicators/:indicatorId/values/:period': {
    put: {
      summary: 'Save one figure at the version read',
      body: valueFormBodySchema,
      answer: savedValuesResponseSchema,
    },
  },
  '/api/plans/:planId/values': {
    post: {
      summary: 'Save a period’s figures, all or nothing',
      body: valueBatchBodySchema,
      answer: savedValuesResponseSchema,
    },
  },
  '/api/plans/:planId/actions/:actionId': {
    patch: {
      summary: 'Change an action’s tasks (admins)',
      body: actionTasksBodySchema,
      answer: actionTasksResponseSchema,
    },
  },
  '/api/audit': {
    get: { summary: 'The change log (admins); ?format=csv for Excel', answer: auditListResponseSchema },
  },
  '/api/indicators/:indicatorId/audit': {
    get: { summary: 'An indicator’s change history', answer: auditListResponseSchema },
  },
  '/api/plans/:planId/values/import': {
    post: {
      summary: 'Import figures from a template (dry run or commit)',
      query: importQuerySchema,
      upload: true,
      answer: importReportSchema,
    },
  },
  '/api/plans/:planId/projects/import': {
    post: {
      summary: 'Import projects from a template (dry run or commit)',
      query: importQuerySchema,
      upload: true,
      answer: importReportSchema,
    },
  },
  '/api/plans/import': {
    post: {
      summary: 'Import a plan template as a new plan (dry run or commit; admins)',
      query: planTemplateImportQuerySchema,
      upload: true,
      answer: planTemplateReportSchema,
    },
  },
  '/api/plans/:planId/template.xlsx': {
    get: { summary: 'The whole plan as the plan template (admins)', media: xlsx },
  },
  '/api/plans/:planId/template.csv': {
    get: { summary: 'The whole plan as the plan template, as CSV (admins)', media: 'text/csv' },
  },
  '/api/plans/:planId/values/template.xlsx': {
    get: { summary: 'The figures template', query: figureTemplateQuerySchema, media: xlsx },
  },
  '/api/plans/:planId/values/template.csv': {
    get: { summary: 'The figures template as CSV', query: figureTemplateQuerySchema, media: 'text/csv' },
  },
  '/api/plans/:planId/projects/template.xlsx': { get: { summary: 'The projects template', media: xlsx } },
  '/api/plans/:planId/projects/template.csv': {
    get: { summary: 'The projects template as CSV', media: 'text/csv' },
  },
  '/api/plans/:planId/projects/export.xlsx': {
    get: { summary: 'The project register', query: exportQuerySchema, media: xlsx },
  },
  '/api/plans/:planId/projects/export.csv': {
    get: { summary: 'The project register as CSV', query: exportQuerySchema, media: 'text/csv' },
  },
  '/api/plans/:planId/export.xlsx': {
    get: { summary: 'The plan’s figures', query: exportQuerySchema, media: xlsx },
  },
  '/api/plans/:planId/export.csv': {
    get: { summary: 'The plan’s figures as CSV', query: exportQuerySchema, media: 'text/csv' },
  },
  '/api/events': {
    get: {
      summary: 'Live updates as server-sent events; each data line is a LiveEvent',
      media: 'text/event-stream',
      answer: liveEventSchema,
    },
  },
  '/api/notifications': {
    get: {
      summary:
        'The alerts addressed to me (my departments’; all for admins), newest first, with the unread count',
      query: notificationsQuerySchema,
      answer: notificationsResponseSchema,
    },
  },
  '/api/notifications/unread': {
    get: {
      summary: 'How many of my notifications are unread (signed-in users)',
      answer: unreadResponseSchema,
    },
  },
  '/api/notifications/read': {
    post: {
      summary: 'Mark some or all of my notifications read (signed-in users)',
      body: markReadBodySchema,
      answer: unreadResponseSchema,
    },
  },
  '/api/webhooks': {
    get: { summary: 'Outgoing alert webhooks (admins)', answer: webhooksResponseSchema },
    post: {
      summary: 'Add an outgoing webhook: 企业微信, 钉钉, 飞书 or JSON (admins)',
      body: webhookBodySchema,
      answer: webhookResponseSchema,
      status: 201,
    },
  },
  '/api/webhooks/:webhookId': {
    patch: {
      summary: 'Change or disable a webhook at the version read (admins)',
      body: webhookPatchBodySchema,
      answer: webhookResponseSchema,
    },
  },
  '/api/webhook-deliveries': {
    get: {
      summary: 'The delivery log: each alert sent to each webhook, with every try (admins)',
      query: deliveriesQuerySchema,
      answer: deliveriesResponseSchema,
    },
  },
};

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
  }) as JsonSchema;
  return rest;
}

/** `/api/plans/:planId` as OpenAPI writes it: `/api/plans/{planId}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z]+)/g, '{$1}');
}

function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const schema = jsonSchema(query, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operationObject(path: string, method: Method, operation: Operation) {
  const pathParameters = [...path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const content = operation.media
    ? { [operation.media]: operation.answer ? { schema: jsonSchema(operation.answer, 'output') } : {} }
    : operation.answer
      ? { 'application/json': { schema: jsonSchema(operation.answer, 'output') } }
      : { 'application/json': {} };
  const error = {
    description: 'A refusal, in the request’s language',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
  return {
    summary: operation.summary,
    operationId: `${method}${openApiPath(path).replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    parameters: [...pathParameters, ...queryParameters(operation.query)],
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(operation.body, 'input') } },
          },
        }
      : operation.upload
        ? {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    properties: { file: { type: 'string', contentEncoding: 'binary' } },
                  },
                },
              },
            },
          }
        : {}),
    responses: {
      [String(operation.status ?? 200)]: { description: 'Done', content },
      '4XX': error,
      '5XX': error,
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(apiOperations))
    for (const [method, operation] of Object.entries(methods) as [Method, Operation][])
      (paths[openApiPath(path)] ??= {})[method] = operationObject(path, method, operation);
  return {
    openapi: '3.1.0',
    info: {
      title: '目标看板 · Target Board API',
      version: '1',
      description:
        'Writes need a signed-in session (cookie tb_session), its CSRF token in X-CSRF-Token and a same-origin Origin. Errors are { error: { code, message, field? } } in the Accept-Language of the request (zh-CN or en-US).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: { ErrorBody: jsonSchema(errorBodySchema, 'output') } },
  };
}
