/**
 * A value that follows another once the screen shows the change: the project list's rows are
 * painted first, and what is drawn from them at more cost (the timeline chart) follows in the next
 * moments, as a transition, so it never holds back the frame with the rows.
 */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';

/**
 * `value` as it was until the screen has been painted since it changed. When `basis` changes
 * (another list arrived), the new value is taken at once: there is nothing older worth showing.
 */
export function useAfterPaint<T>(value: T, basis: unknown): T {
  const [state, setState] = useState({ value, basis });
  const current = state.basis === basis ? state.value : value;
  if (state.basis !== basis) setState({ value, basis });

  useEffect(() => {
    if (current === value) return;
    return afterNextPaint(() => startTransition(() => setState({ value, basis })));
  }, [current, value, basis]);
  return current;
}
