/**
 * The browser entry. In mock mode the in-browser mock API starts before the first render, so the
 * first request already reaches it; the mock is imported only then and never enters a real build.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { createQueryClient } from './app/queryClient';
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
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <App queryClient={createQueryClient()} />
      </BrowserRouter>
    </StrictMode>,
  );
}

void start();
