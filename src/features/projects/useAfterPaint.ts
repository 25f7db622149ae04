/**
 * A value that follows another once the screen shows the change: the project list's rows are
 * painted first, and what is drawn from them at more cost (the timeline chart) follows once the
 * browser is idle, as a transition, so that it never holds back the frame with the rows, nor the
 * next click of someone going through the filters.
 */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './afterNextPaint';
import { whenIdle, type Cancel } from './whenIdle';

/**
 * `value` as it was until the screen has been painted since it changed, and the browser is idle. When `basis` changes
 * (another list arrived), the new value is taken at once: there is nothing older worth showing.
 */
export function useAfterPaint<T>(value: T, basis: unknown): T {
  const [state, setState] = useState({ value, basis });
  const current = state.basis === basis ? state.value : value;
  if (state.basis !== basis) setState({ value, basis });

  useEffect(() => {
    if (current === value) return;
    let cancelIdle: Cancel = () => {};
    const cancelPaint = afterNextPaint(() => {
      cancelIdle = whenIdle(() => startTransition(() => setState({ value, basis })), 500);
    });
    return () => {
      cancelPaint();
      cancelIdle();
    };
  }, [current, value, basis]);
  return current;
}
