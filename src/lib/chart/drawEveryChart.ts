/**
 * Every chart on the page drawn at once, whether or not it has been seen: before printing, since a
 * printed page has no scrolling to bring its charts to the screen (see useDrawWhenSeen.ts).
 */
const listeners = new Set<() => void>();
let everyChartWanted = false;

/** Charts still waiting to be seen, or drawn but without their axes yet. */
export const unfinishedCharts =
  '[data-chart="pending"], [data-chart="drawn"]:not(:has(.recharts-cartesian-axis))';
const longestWaitMs = 5000;

/**
 * Printing from the browser's own menu gives no time to draw: charts not yet drawn are left out
 * of that print (layout.css) and drawn for the next one.
 */
let watchingPrint = false;

export function subscribeToDrawEveryChart(listener: () => void): () => void {
  if (!watchingPrint && typeof window !== 'undefined') {
    watchingPrint = true;
    window.addEventListener('beforeprint', () => void drawEveryChart());
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isEveryChartWanted(): boolean {
  return everyChartWanted;
}

/** Asks every chart to draw and resolves once all have (or after a few seconds, if one cannot). */
export async function drawEveryChart(): Promise<void> {
  if (!everyChartWanted) {
    everyChartWanted = true;
    listeners.forEach((listener) => listener());
  }
  const giveUpAt = Date.now() + longestWaitMs;
  while (document.querySelector(unfinishedCharts) && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** 打印/导出PDF: the print dialog once every chart is drawn. */
export async function printWithCharts(): Promise<void> {
  await drawEveryChart();
  window.print();
}
