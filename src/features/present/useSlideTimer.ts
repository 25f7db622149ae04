/**
 * The playlist clock: while playing, moves on when the slide's duration has passed. Any change of
 * slide (by key, button or timer) starts the new slide's full duration; pausing stops the clock,
 * and playing again starts the current slide's duration afresh.
 */
import { useEffect } from 'react';

export function useSlideTimer(
  slideKey: string,
  durationSeconds: number,
  paused: boolean,
  onElapsed: () => void,
) {
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(onElapsed, durationSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [slideKey, durationSeconds, paused, onElapsed]);
}
