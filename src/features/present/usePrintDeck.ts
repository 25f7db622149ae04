/**
 * 打印/导出PDF: lays the whole deck out for paper, lets it draw, opens the browser's print dialog
 * (where "Save as PDF" makes the PDF), and takes the paper layout away once printing is over.
 */
import { useCallback, useEffect, useState } from 'react';

export function usePrintDeck() {
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    // Two frames: one for React's commit, one for the charts to draw at their fixed size.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => window.print());
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  const print = useCallback(() => setPrinting(true), []);
  return { printing, print };
}
