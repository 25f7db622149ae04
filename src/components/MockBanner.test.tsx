import { screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { renderWithProviders, resetLocale } from '../app/testing/renderApp';
import { MockBanner } from './MockBanner';

beforeEach(() => resetLocale());

it('says in both languages that the page shows mock data and is not connected to a server', () => {
  renderWithProviders(<MockBanner />);
  expect(screen.getByRole('note')).toHaveTextContent('模拟数据 · Mock data');
  expect(screen.getByRole('note')).toHaveTextContent('本页显示模拟数据,未连接服务器');
});
