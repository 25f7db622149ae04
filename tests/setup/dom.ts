import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => cleanup());

// The app loads a feature's texts with its page; a test that renders a feature's component on its
// own has them loaded first. (Imported here, not above, so that the i18n instance is created after
// the test file's own imports, as in the app.)
beforeAll(async () => {
  const { loadNamespaces } = await import('../../src/i18n/i18n');
  const { namespaces } = await import('../../src/i18n/resources');
  await loadNamespaces(namespaces);
});

// jsdom lays nothing out: give ResizeObserver-driven charts a real size so recharts draws.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
