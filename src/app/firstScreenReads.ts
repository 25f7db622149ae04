/**
 * The reads of each screen the server renders, under the same query keys as the screen asks
 * them in the browser, so the page is taken over without asking again. Every answer is checked
 * against the contract, as the browser checks the answers it fetches itself; a read that fails
 * leaves the screen to the browser.
 */
import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { indicatorResponseSchema, planTreeResponseSchema } from '../api/contract';
import { explanationsResponseSchema } from '../api/explanationsContract';
import { deckSchema } from '../api/presentContract';
import { projectListResponseSchema, projectsBehindResponseSchema } from '../api/projectsContract';
import { idParamSchema } from '../api/contract';
import { readAsOf } from '../lib/asOfParam';
import { queryKeys } from '../lib/queryKeys';
import type { Period } from '../domain/model';
import type { FirstScreenQuery } from './firstScreenState';

/** An API read: the JSON body of a successful GET, or undefined when it failed in any way. */
export type ApiRead = (apiPath: string) => Promise<unknown>;

/** The reads of one screen of a known plan, or null when one failed. */
export type ScreenReads = (
  planId: string,
  search: URLSearchParams,
  read: ApiRead,
) => Promise<FirstScreenQuery[] | null>;

class ReadFailed extends Error {}

/** Reads into `queries`, throwing ReadFailed when the answer is missing or not as the contract says. */
function readerInto(queries: FirstScreenQuery[], read: ApiRead) {
  return async <Schema extends z.ZodType>(queryKey: QueryKey, apiPath: string, schema: Schema) => {
    const data = schema.safeParse(await read(apiPath)).data as z.infer<Schema> | undefined;
    if (data === undefined) throw new ReadFailed(apiPath);
    queries.push({ queryKey, data, apiPath });
    return data;
  };
}

function withAsOf(apiPath: string, asOf: Period | undefined): string {
  return asOf === undefined ? apiPath : `${apiPath}?asOf=${asOf}`;
}

const planPathOf = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

type Reader = ReturnType<typeof readerInto>;

/** The plan as known now, and at the as-of month when one is asked for. */
async function readTrees(take: Reader, planId: string, asOf: Period | undefined): Promise<void> {
  for (const period of asOf === undefined ? [undefined] : [undefined, asOf])
    await take(
      queryKeys.planTree.asOf(planId, period),
      withAsOf(planPathOf(planId), period),
      planTreeResponseSchema,
    );
}

/**
 * The reasons filed for lagging targets (待说明 or 已说明 beside them). Without them the screen
 * still renders, and the browser asks for them itself.
 */
async function readExplanations(take: Reader, planId: string): Promise<void> {
  try {
    await take(
      queryKeys.explanations.ofPlan(planId),
      `${planPathOf(planId)}/explanations`,
      explanationsResponseSchema,
    );
  } catch (error) {
    if (!(error instanceof ReadFailed)) throw error;
  }
}

const overview: ScreenReads = async (planId, search, read) =>
  collect(read, async (take) => {
    await readTrees(take, planId, readAsOf(search));
    await readExplanations(take, planId);
  });

const indicator =
  (indicatorId: string): ScreenReads =>
  async (_planId, search, read) =>
    collect(read, async (take) => {
      const asOf = readAsOf(search);
      const response = await take(
        queryKeys.indicator.asOf(indicatorId, asOf),
        withAsOf(`/indicators/${encodeURIComponent(indicatorId)}`, asOf),
        indicatorResponseSchema,
      );
      const { planId } = response.indicator;
      await take(queryKeys.planTree.asOf(planId, undefined), planPathOf(planId), planTreeResponseSchema);
      await readExplanations(take, planId);
    });

const projects: ScreenReads = async (planId, search, read) =>
  collect(read, async (take) => {
    const asOf = readAsOf(search);
    await readTrees(take, planId, undefined);
    await take(
      queryKeys.projects.asOf(planId, asOf),
      withAsOf(`${planPathOf(planId)}/projects`, asOf),
      projectListResponseSchema,
    );
    const behind = search.get('behind');
    if (behind)
      await take(
        queryKeys.projectsBehind.asOf(behind, asOf),
        withAsOf(`/indicators/${encodeURIComponent(behind)}/projects-behind`, asOf),
        projectsBehindResponseSchema,
      );
  });

const present: ScreenReads = async (addressedPlanId, search, read) =>
  collect(read, async (take) => {
    const asOf = readAsOf(search);
    const deckId = idParamSchema.safeParse(search.get('deck')).data;
    const deck = deckId
      ? await take(queryKeys.deck.one(deckId), `/decks/${encodeURIComponent(deckId)}`, deckSchema)
      : undefined;
    const planId = deck?.planId ?? addressedPlanId;
    await take(
      queryKeys.planTree.asOf(planId, asOf),
      withAsOf(planPathOf(planId), asOf),
      planTreeResponseSchema,
    );
    await readExplanations(take, planId);
  });

const brief: ScreenReads = async (planId, search, read) =>
  collect(read, async (take) => {
    await readTrees(take, planId, readAsOf(search));
    await readExplanations(take, planId);
  });

async function collect(
  read: ApiRead,
  reads: (take: Reader) => Promise<void>,
): Promise<FirstScreenQuery[] | null> {
  const queries: FirstScreenQuery[] = [];
  try {
    await reads(readerInto(queries, read));
  } catch (error) {
    if (error instanceof ReadFailed) return null;
    throw error;
  }
  return queries;
}

/** The reads of the screen at `screen` (the address after `/plans/:planId/`), or null when the server does not render it. */
export function screenReadsOf(screen: string): ScreenReads | null {
  if (screen === '') return overview;
  if (screen === 'projects') return projects;
  if (screen === 'brief') return brief;
  if (/^present(?:\/[^/]+)?$/.test(screen)) return present;
  const indicatorMatch = /^indicators\/([^/]+)$/.exec(screen);
  if (!indicatorMatch?.[1]) return null;
  let indicatorId: string;
  try {
    indicatorId = decodeURIComponent(indicatorMatch[1]);
  } catch {
    return null;
  }
  return indicator(indicatorId);
}
