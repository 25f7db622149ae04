/**
 * The order decks and snapshots are listed in, applied in code so that every store agrees
 * exactly (times are canonical ISO text, so they compare as text).
 */
import type { Deck, SnapshotSummary } from '../../src/domain/presentations';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest change first, then by id. */
export function byLatestChange(a: Deck, b: Deck): number {
  return compareText(b.updatedAt, a.updatedAt) || compareText(a.id, b.id);
}

/** The latest meeting first, then the latest taken, then by id. */
export function byLatestMeeting(a: SnapshotSummary, b: SnapshotSummary): number {
  return (
    compareText(b.meetingDate, a.meetingDate) || compareText(b.takenAt, a.takenAt) || compareText(a.id, b.id)
  );
}
