/**
 * Decks and snapshots in plain maps, for the mock API (browser-safe: no Node imports) and fast
 * tests. Everything is validated and copied in and out, as the SQL store does.
 */
import {
  deckSchema,
  snapshotSummarySchema,
  storedSnapshotSchema,
  type Deck,
  type SnapshotSummary,
  type StoredSnapshot,
} from '../../../src/domain/presentations';
import { canonicalInstant } from '../instant';
import { byLatestChange, byLatestMeeting } from '../presentationsOrdering';
import type { DeckChange, DeckWriteResult, PresentationsPort } from '../presentationsPort';
import type { MemoryEvents } from './events';

export class MemoryPresentations implements PresentationsPort {
  readonly #decks = new Map<string, Deck>();
  readonly #snapshots = new Map<string, StoredSnapshot>();

  /** `planExists` lets the store refuse decks and snapshots of a plan it does not hold, as SQL's foreign key does. */
  constructor(
    private readonly planExists: (planId: string) => boolean,
    private readonly events: MemoryEvents,
  ) {}

  async listDecks(planId: string): Promise<Deck[]> {
    return structuredClone(
      [...this.#decks.values()].filter((deck) => deck.planId === planId).sort(byLatestChange),
    );
  }

  async getDeck(deckId: string): Promise<Deck | null> {
    const deck = this.#decks.get(deckId);
    return deck ? structuredClone(deck) : null;
  }

  async createDeck(deck: Deck): Promise<void> {
    const stored = deckSchema.parse(structuredClone(deck));
    if (this.#decks.has(stored.id)) throw new Error(`deck already stored: ${stored.id}`);
    if (!this.planExists(stored.planId)) throw new Error(`unknown plan: ${stored.planId}`);
    this.#decks.set(stored.id, {
      ...stored,
      version: 1,
      createdAt: canonicalInstant(stored.createdAt),
      updatedAt: canonicalInstant(stored.updatedAt),
    });
    this.events.record({ type: 'presentations', planId: stored.planId, ids: [stored.id] });
  }

  async updateDeck(deckId: string, expectedVersion: number, change: DeckChange): Promise<DeckWriteResult> {
    const current = this.#decks.get(deckId);
    if (!current) return { outcome: 'notFound' };
    if (current.version !== expectedVersion)
      return { outcome: 'conflict', current: structuredClone(current) };
    const updated = deckSchema.parse({
      ...current,
      name: change.name,
      slides: structuredClone(change.slides),
      updatedBy: change.updatedBy,
      updatedAt: canonicalInstant(change.updatedAt),
      version: current.version + 1,
    });
    this.#decks.set(deckId, updated);
    this.events.record({ type: 'presentations', planId: updated.planId, ids: [deckId] });
    return { outcome: 'done', deck: structuredClone(updated) };
  }

  async deleteDeck(deckId: string, expectedVersion: number): Promise<DeckWriteResult> {
    const current = this.#decks.get(deckId);
    if (!current) return { outcome: 'notFound' };
    if (current.version !== expectedVersion)
      return { outcome: 'conflict', current: structuredClone(current) };
    this.#decks.delete(deckId);
    this.events.record({ type: 'presentations', planId: current.planId, ids: [deckId] });
    return { outcome: 'done', deck: null };
  }

  async createSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const stored = storedSnapshotSchema.parse(structuredClone(snapshot));
    if (this.#snapshots.has(stored.id)) throw new Error(`snapshot already stored: ${stored.id}`);
    if (!this.planExists(stored.planId)) throw new Error(`unknown plan: ${stored.planId}`);
    this.#snapshots.set(stored.id, { ...stored, takenAt: canonicalInstant(stored.takenAt) });
  }

  async listSnapshots(planId: string): Promise<SnapshotSummary[]> {
    return [...this.#snapshots.values()]
      .filter((snapshot) => snapshot.planId === planId)
      .map((snapshot) => snapshotSummarySchema.parse(snapshot))
      .sort(byLatestMeeting);
  }

  async getSnapshot(snapshotId: string): Promise<StoredSnapshot | null> {
    const snapshot = this.#snapshots.get(snapshotId);
    return snapshot ? structuredClone(snapshot) : null;
  }
}
