/**
 * Chart text size for the screen the slides are on: 24 px at 1920 px wide (a 1080p projector),
 * scaled with the window's width and never below 14 px.
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

const windowWidth = () => window.innerWidth;
const fullHdWidth = () => 1920;

export function useChartFontPx(): number {
  const width = useSyncExternalStore(subscribe, windowWidth, fullHdWidth);
  return Math.max(14, Math.round((24 * width) / 1920));
}
