/**
 * How many rows of the indicator table are drawn so far. A plan of a thousand indicators takes
 * longer to draw than an official waits for a page: the first rows are drawn with the table, the
 * rest a step at a time after it, each step a transition that a filter, a click or a key
 * interrupts, so the page answers while the table fills in. Printing draws every row at once
 * first, so the printed overview lists everything.
 */
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows drawn with the table: a seed-sized plan is drawn whole at once, as it always was. */
export const rowsDrawnFirst = 40;
/** Rows added by each later step. */
export const rowsDrawnPerStep = 160;

/** The number of rows to draw now, out of `total`; it grows until it reaches `total`. */
export function useRowsDrawn(total: number): number {
  const [drawn, setDrawn] = useState(rowsDrawnFirst);
  const complete = drawn >= total;

  useEffect(() => {
    if (complete) return;
    const step = setTimeout(() => startTransition(() => setDrawn((now) => now + rowsDrawnPerStep)), 0);
    return () => clearTimeout(step);
  }, [drawn, complete]);

  useEffect(() => {
    if (complete) return;
    const drawAll = () => flushSync(() => setDrawn(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', drawAll);
    return () => window.removeEventListener('beforeprint', drawAll);
  }, [complete]);

  return drawn;
}
