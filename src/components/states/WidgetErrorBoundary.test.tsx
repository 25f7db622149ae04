import { screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

beforeEach(() => resetLocale());

let failing = true;
function FragileWidget() {
  if (failing) throw new Error('the chart could not be drawn');
  return <p>图表</p>;
}

function Page() {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        点击{clicks}
      </button>
      <WidgetErrorBoundary>
        <FragileWidget />
      </WidgetErrorBoundary>
    </>
  );
}

it('replaces a widget that fails to render with a notice and keeps the rest of the page working', async () => {
  // React reports the caught error on the console; here that is expected.
  const consoleError = vi.mocked(console.error).mockImplementation(() => {});
  const { user } = renderWithProviders(<Page />);
  expect(screen.getByRole('alert')).toHaveTextContent('此部分暂时无法显示');
  expect(consoleError).toHaveBeenCalled();

  await user.click(screen.getByRole('button', { name: '点击0' }));
  expect(screen.getByRole('button', { name: '点击1' })).toBeInTheDocument();

  failing = false;
  await user.click(screen.getByRole('button', { name: '重试' }));
  expect(screen.getByText('图表')).toBeInTheDocument();
});
