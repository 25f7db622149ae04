/** Runs work after the next frame has been painted, so that it never holds that frame back. */

/** Runs `then` after the next frame has been painted; returns how to call it off. */
export function afterNextPaint(then: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs just before the paint; a task queued from it, just after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
