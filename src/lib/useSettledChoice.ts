/**
 * A choice in a list that is only acted on once the person has settled on it. Arrowing through a
 * closed list changes its value at every step; those steps are only shown, and the choice is acted
 * on when the person presses Enter, leaves the list, or stops for a moment. A choice made with the
 * pointer, or in the opened list, is acted on at once.
 */
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** How long the arrowing must rest before the choice it rests on counts as made. */
export const settleAfterMs = 700;

const browsingKeys = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

export interface SettledChoice {
  /** The value to show: the one being arrowed through, else the one in force. */
  shown: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLSelectElement>) => void;
  onPointerDown: () => void;
  onBlur: () => void;
}

export function useSettledChoice(current: string, choose: (value: string) => void): SettledChoice {
  const [browsing, setBrowsing] = useState<string | null>(null);
  const byKeyboard = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const settle = useCallback(
    (value: string | null) => {
      clearTimeout(timer.current);
      setBrowsing(null);
      if (value !== null && value !== current) choose(value);
    },
    [current, choose],
  );

  return {
    shown: browsing ?? current,
    onChange: (event) => {
      const value = event.target.value;
      if (!byKeyboard.current) {
        settle(value);
        return;
      }
      setBrowsing(value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => settle(value), settleAfterMs);
    },
    onKeyDown: (event) => {
      if (browsingKeys.has(event.key) && !event.altKey) {
        byKeyboard.current = true;
      } else if (event.key === 'Enter' || event.key === ' ') {
        byKeyboard.current = false;
        settle(browsing);
      }
    },
    onPointerDown: () => {
      byKeyboard.current = false;
    },
    onBlur: () => {
      byKeyboard.current = false;
      settle(browsing);
    },
  };
}
