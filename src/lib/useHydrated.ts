/**
 * Whether the app has taken over the page. On a server-rendered page the controls arrive before
 * the scripts that make them work; until then they are shown disabled, so a click or a choice is
 * never silently lost. In a page the browser rendered itself this is true from the start.
 */
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
