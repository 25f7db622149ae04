import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserRouter, Link } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useProjectsSearch } from './useProjectsSearch';

const page = '/plans/plan-2024/projects';

function View() {
  const search = useProjectsSearch();
  return (
    <>
      <p data-testid="view">{`${search.sort ?? 'unsorted'} ${search.order} ${search.filter.level ?? 'any level'}`}</p>
      <button type="button" onClick={() => search.toggleSort('name')}>
        sort by name
      </button>
      <button
        type="button"
        onClick={() => {
          search.toggleSort('status');
          search.setFilter('level', 'city');
        }}
      >
        sort by status and list city projects
      </button>
      <Link to="?level=province">province projects</Link>
    </>
  );
}

function renderAtPage(query = '') {
  window.history.replaceState(null, '', `${page}${query}`);
  render(
    <BrowserRouter>
      <View />
    </BrowserRouter>,
  );
  return userEvent.setup();
}

const view = () => screen.getByTestId('view');

describe('the project list’s view in the browser’s address', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows a new sort as soon as it is chosen, and holds it in the address once drawn', async () => {
    const user = renderAtPage('?level=district');
    expect(view()).toHaveTextContent('unsorted asc district');

    await user.click(screen.getByRole('button', { name: 'sort by name' }));

    expect(view()).toHaveTextContent('name asc district');
    await waitFor(() => expect(window.location.search).toBe('?level=district&sort=name&order=asc'));
    await user.click(screen.getByRole('button', { name: 'sort by name' }));
    expect(view()).toHaveTextContent('name desc district');
    await waitFor(() => expect(window.location.search).toBe('?level=district&sort=name&order=desc'));
  });

  it('keeps every change made before the address is written', async () => {
    const user = renderAtPage();

    await user.click(screen.getByRole('button', { name: 'sort by status and list city projects' }));

    expect(view()).toHaveTextContent('status asc city');
    await waitFor(() => expect(window.location.search).toBe('?sort=status&order=asc&level=city'));
  });

  it('follows the address when a link changes it', async () => {
    const user = renderAtPage('?sort=name');

    await user.click(screen.getByRole('link', { name: 'province projects' }));

    await waitFor(() => expect(view()).toHaveTextContent('unsorted asc province'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(window.location.search).toBe('?level=province');
  });
});
