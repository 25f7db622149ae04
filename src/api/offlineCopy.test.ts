import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteAnswer, offlineCopiesSince, offlineCopyHeader, subscribeToOfflineCopies } from './offlineCopy';

const fromNetwork = () => new Headers({ 'Content-Type': 'application/json' });
const keptCopy = () => new Headers({ [offlineCopyHeader]: '1732700000000' });

afterEach(() => {
  noteAnswer(fromNetwork());
  vi.useRealTimers();
});

describe('answers that are offline copies', () => {
  it('are noted from the first copy on, and cleared by the next answer from the network', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-11-05T02:00:00Z'));
    const heard = vi.fn();
    const stop = subscribeToOfflineCopies(heard);

    noteAnswer(keptCopy());
    vi.setSystemTime(new Date('2024-11-05T02:05:00Z'));
    noteAnswer(keptCopy());
    expect(offlineCopiesSince()).toBe(new Date('2024-11-05T02:00:00Z').getTime());

    noteAnswer(fromNetwork());
    expect(offlineCopiesSince()).toBeNull();
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
  });
});
