/**
 * The browser entry. In mock mode the in-browser mock API starts before the first render, so the
 * first request already reaches it; the mock is imported only then and never enters a real build.
 */
import { firstScreenStateId } from './app/firstScreenState';
import { mountApp } from './app/mountApp';
import './styles/index.css';

async function startMockApiIfAsked(): Promise<void> {
  if (import.meta.env.VITE_MOCK_API === '1') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
}

async function start(): Promise<void> {
  await startMockApiIfAsked();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  mountApp(container, document.getElementById(firstScreenStateId)?.textContent);
}

void start();
