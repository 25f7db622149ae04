/** Runs work when the browser has nothing else to do (or after a while at the latest). */

export type Cancel = () => void;

/** How long the browser expects to stay idle, in milliseconds. */
export type IdleTimeLeft = () => number;

export function whenIdle(then: (timeLeft: IdleTimeLeft) => void, atLatestMs = 2000): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => then(() => deadline.timeRemaining()), {
      timeout: atLatestMs,
    });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => then(() => 0), 50);
  return () => clearTimeout(timer);
}
