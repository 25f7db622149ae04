import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, resetLocale } from '../app/testing/renderApp';
import { useLocaleStore } from '../stores/locale';
import { settleAfterMs } from '../lib/useSettledChoice';
import { AsOfSelect } from './AsOfSelect';

/** Every address the page has stood at, in order: each one is a fetch of that month's figures. */
const addresses: string[] = [];
function Address() {
  const location = useLocation();
  if (addresses.at(-1) !== location.search) addresses.push(location.search);
  return null;
}

/** The page passes the month in the address, else the latest month, as `value`. */
function renderAsOf(route = '/') {
  const value = new URLSearchParams(route.split('?')[1]).get('asOf') ?? '2024-10';
  return renderWithProviders(
    <>
      <AsOfSelect year={2024} value={value} latest="2024-10" updating={false} />
      <Address />
    </>,
    route,
  );
}

beforeEach(() => {
  resetLocale();
  addresses.length = 0;
});
afterEach(() => vi.useRealTimers());

it('labels the default view as the latest figures with corrections, unlike any chosen month', () => {
  renderAsOf('/');
  const asOf = screen.getByRole('combobox', { name: '数据截至' });
  expect(screen.getByRole('option', { name: '最新数据（含更正）', selected: true })).toBeInTheDocument();
  expect(screen.getByRole('option', { name: '截至2024年10月末所报' })).toBeInTheDocument();
  expect(asOf).toHaveTextContent('截至2024年3月末所报');
  expect(screen.queryByRole('option', { name: '截至2024年10月' })).toBeNull();
});

it('shows a chosen month as reported by its end, and goes back to the latest figures without asOf', async () => {
  const { user } = renderAsOf('/?asOf=2024-03&status=behind');
  expect(screen.getByRole('option', { name: '截至2024年3月末所报', selected: true })).toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: '数据截至' }), '最新数据（含更正）');
  expect(addresses.at(-1)).toBe('?status=behind');
});

it('fetches only the month settled on when arrowing through the list', () => {
  vi.useFakeTimers();
  renderAsOf('/');
  const asOf = screen.getByRole('combobox', { name: '数据截至' });
  for (const month of ['2024-10', '2024-09', '2024-08']) {
    fireEvent.keyDown(asOf, { key: 'ArrowDown' });
    fireEvent.change(asOf, { target: { value: month } });
  }
  expect(asOf).toHaveValue('2024-08');
  expect(addresses).toEqual(['']);

  act(() => vi.advanceTimersByTime(settleAfterMs));
  expect(addresses).toEqual(['', '?asOf=2024-08']);
});

it('takes the month at once on Enter or on leaving the list', () => {
  renderAsOf('/');
  const asOf = screen.getByRole('combobox', { name: '数据截至' });
  fireEvent.keyDown(asOf, { key: 'ArrowDown' });
  fireEvent.change(asOf, { target: { value: '2024-10' } });
  fireEvent.keyDown(asOf, { key: 'ArrowDown' });
  fireEvent.change(asOf, { target: { value: '2024-09' } });
  fireEvent.keyDown(asOf, { key: 'Enter' });
  expect(addresses).toEqual(['', '?asOf=2024-09']);

  fireEvent.keyDown(asOf, { key: 'ArrowDown' });
  fireEvent.change(asOf, { target: { value: '2024-08' } });
  fireEvent.blur(asOf);
  expect(addresses).toEqual(['', '?asOf=2024-09', '?asOf=2024-08']);
});

it('says the same in English', () => {
  useLocaleStore.getState().setLocale('en-US');
  renderAsOf('/');
  expect(
    screen.getByRole('option', { name: 'Latest figures (with corrections)', selected: true }),
  ).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Figures as of' })).toHaveTextContent(
    'As reported by the end of Mar 2024',
  );
});

const probedAddresses: string[] = [];
function AddressProbe() {
  const { search } = useLocation();
  if (probedAddresses.at(-1) !== search) probedAddresses.push(search);
  return null;
}

function renderSelect() {
  probedAddresses.length = 0;
  render(
    <MemoryRouter initialEntries={['/?status=behind']}>
      <AsOfSelect year={2024} value="2024-10" latest="2024-10" updating={false} />
      <AddressProbe />
    </MemoryRouter>,
  );
  return screen.getByRole('combobox', { name: '数据截至' });
}

describe('the as-of list', () => {
  it('moves through months with the arrow keys without applying any of them, then applies the one chosen with Enter', () => {
    const list = renderSelect();
    for (const month of ['2024-09', '2024-08', '2024-07']) {
      fireEvent.keyDown(list, { key: 'ArrowDown' });
      fireEvent.change(list, { target: { value: month } });
    }
    expect(list).toHaveValue('2024-07');
    expect(probedAddresses).toEqual(['?status=behind']);

    fireEvent.keyDown(list, { key: 'Enter' });
    expect(probedAddresses).toEqual(['?status=behind', '?status=behind&asOf=2024-07']);
  });

  it('applies the month arrowed to when the list is left', () => {
    const list = renderSelect();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.change(list, { target: { value: '2024-09' } });
    fireEvent.blur(list);
    expect(probedAddresses.at(-1)).toBe('?status=behind&asOf=2024-09');
  });

  it('applies a month picked with the pointer at once', () => {
    const list = renderSelect();
    fireEvent.change(list, { target: { value: '2024-03' } });
    expect(probedAddresses.at(-1)).toBe('?status=behind&asOf=2024-03');
  });
});
