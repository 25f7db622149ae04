/**
 * Whether a chart should be drawn yet: once its box reaches the viewport. Drawing a chart is the
 * slowest thing a page does; a chart below the first screen of a phone is drawn when the reader
 * scrolls to it instead of holding up the page while it opens. Once drawn, it stays drawn.
 *
 * Where the browser cannot tell what is on screen (no IntersectionObserver), or when the page is
 * about to be printed (drawEveryChart.ts), the chart is drawn at once. The box keeps the chart's height until then, so that nothing moves.
 */
import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { useHydrated } from '../useHydrated';
import { isEveryChartWanted, subscribeToDrawEveryChart } from './drawEveryChart';

/**
 * `unscripted` on a server-rendered page before its scripts run (nothing can draw yet), `pending`
 * until the box is seen, then `drawn`. Charts carry it as `data-chart`.
 */
export type ChartDrawState = 'unscripted' | 'pending' | 'drawn';

const cannotWatch = () => typeof IntersectionObserver === 'undefined';

export function useDrawWhenSeen(box: RefObject<HTMLElement | null>): ChartDrawState {
  const hydrated = useHydrated();
  const [seen, setSeen] = useState(false);
  const everyChartWanted = useSyncExternalStore(subscribeToDrawEveryChart, isEveryChartWanted, () => false);
  useEffect(() => {
    const element = box.current;
    if (seen || !element || cannotWatch()) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, seen]);
  if (!hydrated) return 'unscripted';
  return seen || everyChartWanted || cannotWatch() ? 'drawn' : 'pending';
}
