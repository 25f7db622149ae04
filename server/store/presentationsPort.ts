/**
 * Saved slide decks and meeting snapshots, exposed as `store.presentations`. A deck changes only
 * at the version it was read at; a snapshot never changes once taken.
 */
import type { Deck, SnapshotSummary, StoredSnapshot } from '../../src/domain/presentations';

export type { Deck, SnapshotSummary, StoredSnapshot };

/** The changeable part of a deck, with who changed it and when. */
export interface DeckChange {
  name: string;
  slides: Deck['slides'];
  updatedBy: string;
  updatedAt: string;
}

/** What a versioned write found: done, a stale version (with what is stored now), or no such deck. */
export type DeckWriteResult =
  { outcome: 'done'; deck: Deck | null } | { outcome: 'conflict'; current: Deck } | { outcome: 'notFound' };

export interface PresentationsPort {
  /** The decks of a plan, the latest change first (then by id). */
  listDecks(planId: string): Promise<Deck[]>;
  getDeck(deckId: string): Promise<Deck | null>;
  /** Stores a new deck as given (its id must be new; its version is 1). */
  createDeck(deck: Deck): Promise<void>;
  /** Replaces name and slides when `expectedVersion` is the stored one; the version goes up by one. */
  updateDeck(deckId: string, expectedVersion: number, change: DeckChange): Promise<DeckWriteResult>;
  /** Deletes the deck when `expectedVersion` is the stored one; `deck` is null then. */
  deleteDeck(deckId: string, expectedVersion: number): Promise<DeckWriteResult>;

  /** Stores a snapshot as given; its id must be new. */
  createSnapshot(snapshot: StoredSnapshot): Promise<void>;
  /** The snapshots of a plan without their contents, the latest meeting first (then the latest taken). */
  listSnapshots(planId: string): Promise<SnapshotSummary[]>;
  getSnapshot(snapshotId: string): Promise<StoredSnapshot | null>;
}
