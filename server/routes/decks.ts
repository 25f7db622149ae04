/**
 * Saved slide decks: `GET/POST /api/plans/:planId/decks`, `GET/PUT/DELETE /api/decks/:deckId`.
 * Reading is open as the plan is; writing needs an editor or admin. A write at a stale version is
 * a 409 conflict carrying the deck as stored now.
 */
import { Hono } from 'hono';
import {
  deckDeleteQuerySchema,
  deckInputSchema,
  deckUpdateSchema,
  slideIdsOfPlan,
  type Deck,
  type DeckInput,
  type DecksResponse,
} from '../../src/api/presentContract';
import type { AppEnv } from '../http/appEnv';
import { readJsonBody, writeBodyLimit } from '../http/body';
import { requireWriter } from '../auth/guards';
import { ApiProblem } from '../http/errors';
import { noQuerySchema, parseIdParam, parseQuery } from '../http/parameters';
import type { Store } from '../store/port';
import type { DeckWriteResult } from '../store/presentationsPort';

/** Refuses a deck naming a slide the plan does not have, naming the first such slide. */
async function checkSlides(store: Store, planId: string, input: DeckInput): Promise<void> {
  const contents = await store.getPlan(planId);
  if (!contents) throw new ApiProblem('notFound', { field: 'planId' });
  const known = slideIdsOfPlan(contents.plan.actions, contents.indicators);
  const unknown = input.slides.findIndex((slide) => !known.has(slide.slideId));
  if (unknown >= 0) throw new ApiProblem('invalidBody', { field: `slides.${unknown}.slideId` });
}

function settled(result: DeckWriteResult): Deck | null {
  if (result.outcome === 'notFound') throw new ApiProblem('notFound', { field: 'deckId' });
  if (result.outcome === 'conflict') throw new ApiProblem('conflict', { current: result.current });
  return result.deck;
}

/** Every saved change is stored with its live event (server/store/eventsPort.ts), so that open deck lists and presentations refresh. */
export function deckRoutes(store: Store) {
  return new Hono<AppEnv>()
    .get('/plans/:planId/decks', async (c) => {
      const planId = parseIdParam('planId', c.req.param('planId'));
      parseQuery(noQuerySchema, c.req.queries());
      if (!(await store.getPlan(planId))) throw new ApiProblem('notFound', { field: 'planId' });
      const body: DecksResponse = { decks: await store.presentations.listDecks(planId) };
      return c.json(body);
    })
    .post('/plans/:planId/decks', writeBodyLimit, async (c) => {
      const user = requireWriter(c);
      const planId = parseIdParam('planId', c.req.param('planId'));
      const input = await readJsonBody(c, deckInputSchema);
      await checkSlides(store, planId, input);
      const now = new Date().toISOString();
      const deck: Deck = {
        id: `deck-${crypto.randomUUID()}`,
        planId,
        name: input.name,
        slides: input.slides,
        version: 1,
        createdBy: user.displayName,
        createdAt: now,
        updatedBy: user.displayName,
        updatedAt: now,
      };
      await store.presentations.createDeck(deck);
      return c.json(deck, 201);
    })
    .get('/decks/:deckId', async (c) => {
      const deckId = parseIdParam('deckId', c.req.param('deckId'));
      parseQuery(noQuerySchema, c.req.queries());
      const deck = await store.presentations.getDeck(deckId);
      if (!deck) throw new ApiProblem('notFound', { field: 'deckId' });
      return c.json(deck);
    })
    .put('/decks/:deckId', writeBodyLimit, async (c) => {
      const user = requireWriter(c);
      const deckId = parseIdParam('deckId', c.req.param('deckId'));
      const update = await readJsonBody(c, deckUpdateSchema);
      const stored = await store.presentations.getDeck(deckId);
      if (!stored) throw new ApiProblem('notFound', { field: 'deckId' });
      await checkSlides(store, stored.planId, update);
      const result = await store.presentations.updateDeck(deckId, update.version, {
        name: update.name,
        slides: update.slides,
        updatedBy: user.displayName,
        updatedAt: new Date().toISOString(),
      });
      const saved = settled(result);
      return c.json(saved);
    })
    .delete('/decks/:deckId', async (c) => {
      requireWriter(c);
      const deckId = parseIdParam('deckId', c.req.param('deckId'));
      const { version } = parseQuery(deckDeleteQuerySchema, c.req.queries());
      const stored = await store.presentations.getDeck(deckId);
      if (!stored) throw new ApiProblem('notFound', { field: 'deckId' });
      settled(await store.presentations.deleteDeck(deckId, version));
      return c.body(null, 204);
    });
}
