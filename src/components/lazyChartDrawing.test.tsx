import { screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderWithProviders, resetLocale } from '../app/testing/renderApp';
import { lazyChartDrawing } from './lazyChartDrawing';

beforeEach(() => resetLocale());

function Drawing({ title }: { title: string }) {
  return <p>{title}</p>;
}

it('says so when a chart’s code cannot be fetched, and draws it when tried again', async () => {
  // React reports the failed load on the console; here that is expected.
  vi.mocked(console.error).mockImplementation(() => {});
  let online = false;
  const load = vi.fn(() =>
    online ? Promise.resolve({ default: Drawing }) : Promise.reject(new Error('Failed to fetch')),
  );
  const Chart = lazyChartDrawing(load);
  const { user } = renderWithProviders(<Chart title="开工走势" />);

  expect(await screen.findByRole('alert')).toHaveTextContent('此部分暂时无法显示');
  online = true;
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(await screen.findByText('开工走势')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2);
});
