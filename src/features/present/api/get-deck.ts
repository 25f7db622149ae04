/** One saved deck (`GET /api/decks/:deckId`), kept for presenting offline. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { deckSchema, type Deck } from '../../../api/presentContract';
import { presentQueryPolicy } from './presentQueryPolicy';
import { queryKeys } from '../../../lib/queryKeys';

export function getDeck(deckId: string, signal?: AbortSignal): Promise<Deck> {
  return requestJson(`/decks/${encodeURIComponent(deckId)}`, deckSchema, { signal });
}

export function deckQueryOptions(deckId: string) {
  return queryOptions({
    queryKey: queryKeys.deck.one(deckId),
    queryFn: ({ signal }) => getDeck(deckId, signal),
  });
}

export function useDeck(deckId: string | undefined) {
  return useQuery({
    ...deckQueryOptions(deckId ?? ''),
    ...presentQueryPolicy,
    enabled: deckId !== undefined,
  });
}
