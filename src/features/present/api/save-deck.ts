/**
 * Saving decks: create (`POST /api/plans/:planId/decks`), change (`PUT /api/decks/:id` at the
 * version read) and delete (`DELETE /api/decks/:id?version=`). Each refreshes the deck lists.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../../../api/client';
import { deckSchema, type Deck, type DeckInput } from '../../../api/presentContract';
import { z } from 'zod';
import { deckQueryOptions } from './get-deck';
import { decksQueryOptions } from './get-decks';

export function createDeck(planId: string, input: DeckInput): Promise<Deck> {
  return requestJson(`/plans/${encodeURIComponent(planId)}/decks`, deckSchema, {
    method: 'POST',
    body: input,
  });
}

export function updateDeck(deck: Pick<Deck, 'id' | 'version'>, input: DeckInput): Promise<Deck> {
  return requestJson(`/decks/${encodeURIComponent(deck.id)}`, deckSchema, {
    method: 'PUT',
    body: { ...input, version: deck.version },
  });
}

/** A 204 has no body; the client reads that as undefined. */
const noContentSchema = z.undefined();

export function deleteDeck(deck: Pick<Deck, 'id' | 'version'>): Promise<undefined> {
  return requestJson(`/decks/${encodeURIComponent(deck.id)}?version=${deck.version}`, noContentSchema, {
    method: 'DELETE',
  });
}

export interface SaveDeckVariables {
  /** The deck as read, when changing one; absent for a new deck. */
  deck?: Pick<Deck, 'id' | 'version'>;
  input: DeckInput;
}

export function useSaveDeck(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ deck, input }: SaveDeckVariables) =>
      deck ? updateDeck(deck, input) : createDeck(planId, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(deckQueryOptions(saved.id).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: decksQueryOptions(planId).queryKey });
    },
  });
}

export function useDeleteDeck(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDeck,
    onSettled: () => queryClient.invalidateQueries({ queryKey: decksQueryOptions(planId).queryKey }),
  });
}
