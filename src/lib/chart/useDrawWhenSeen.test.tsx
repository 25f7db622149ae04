import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { drawEveryChart } from './drawEveryChart';
import { useDrawWhenSeen } from './useDrawWhenSeen';

/** An IntersectionObserver the test moves: `scrollIntoView` reports the box as on screen. */
class ScrolledObserver {
  static watching: ScrolledObserver[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe() {
    ScrolledObserver.watching.push(this);
  }
  disconnect() {
    ScrolledObserver.watching = ScrolledObserver.watching.filter((observer) => observer !== this);
  }
  static scrollIntoView() {
    for (const observer of ScrolledObserver.watching) {
      observer.callback(
        [{ isIntersecting: true } as IntersectionObserverEntry],
        observer as unknown as IntersectionObserver,
      );
    }
  }
}

function Chart() {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useDrawWhenSeen(box) === 'drawn';
  return <div ref={box}>{drawn ? 'the chart' : 'a box of the chart’s height'}</div>;
}

const realObserver = globalThis.IntersectionObserver;
afterEach(() => {
  globalThis.IntersectionObserver = realObserver;
  ScrolledObserver.watching = [];
});

describe('a chart drawn when seen', () => {
  it('is not drawn while it is below the screen, and is drawn once scrolled to, for good', () => {
    globalThis.IntersectionObserver = ScrolledObserver as unknown as typeof IntersectionObserver;
    render(<Chart />);
    expect(screen.getByText('a box of the chart’s height')).toBeInTheDocument();

    act(() => ScrolledObserver.scrollIntoView());
    expect(screen.getByText('the chart')).toBeInTheDocument();
    expect(ScrolledObserver.watching).toHaveLength(0);
  });

  it('is drawn at once where the browser cannot tell what is on screen', () => {
    // @ts-expect-error -- a browser without IntersectionObserver
    delete globalThis.IntersectionObserver;
    render(<Chart />);
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  // Last: once asked for, every chart of the page stays drawn.
  it('is drawn without being seen when the page is about to be printed', async () => {
    globalThis.IntersectionObserver = ScrolledObserver as unknown as typeof IntersectionObserver;
    render(<Chart />);
    expect(screen.getByText('a box of the chart’s height')).toBeInTheDocument();

    await act(() => drawEveryChart());
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });
});
