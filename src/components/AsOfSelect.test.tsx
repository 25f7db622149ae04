import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AsOfSelect } from './AsOfSelect';

const addresses: string[] = [];
function AddressProbe() {
  const { search } = useLocation();
  if (addresses.at(-1) !== search) addresses.push(search);
  return null;
}

function renderSelect() {
  addresses.length = 0;
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
    expect(addresses).toEqual(['?status=behind']);

    fireEvent.keyDown(list, { key: 'Enter' });
    expect(addresses).toEqual(['?status=behind', '?status=behind&asOf=2024-07']);
  });

  it('applies the month arrowed to when the list is left', () => {
    const list = renderSelect();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.change(list, { target: { value: '2024-09' } });
    fireEvent.blur(list);
    expect(addresses.at(-1)).toBe('?status=behind&asOf=2024-09');
  });

  it('applies a month picked with the pointer at once', () => {
    const list = renderSelect();
    fireEvent.change(list, { target: { value: '2024-03' } });
    expect(addresses.at(-1)).toBe('?status=behind&asOf=2024-03');
  });
});
