import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders, resetLocale } from '../../app/testing/renderApp';
import { useLocaleStore } from '../../stores/locale';
import { StatusBadge } from './StatusBadge';

beforeEach(() => resetLocale());

describe('StatusBadge', () => {
  it('says the status in words beside its light and icon, which screen readers skip', () => {
    const { container } = renderWithProviders(<StatusBadge status="behind" />);
    expect(screen.getByText('滞后')).toBeVisible();
    const hidden = container.querySelectorAll('[aria-hidden="true"]');
    expect(hidden).toHaveLength(2);
    expect(container.textContent).toBe('滞后');
  });

  it('shows every status with its own word', () => {
    renderWithProviders(
      <>
        <StatusBadge status="ahead" />
        <StatusBadge status="onSchedule" />
        <StatusBadge status="needsAttention" />
        <StatusBadge status="notReported" />
        <StatusBadge status="met" />
        <StatusBadge status="missed" />
      </>,
    );
    for (const word of ['超前', '符合序时进度', '需关注', '未报送', '已完成', '未完成']) {
      expect(screen.getByText(word)).toBeInTheDocument();
    }
  });

  it('says the two waiting statuses in words, grey', () => {
    const { container } = renderWithProviders(
      <>
        <StatusBadge status="awaitingYearEnd" />
        <StatusBadge status="awaitingReference" />
      </>,
    );
    expect(screen.getByText('待年终数据')).toBeVisible();
    expect(screen.getByText('待对标数据')).toBeVisible();
    expect(container.querySelectorAll('.status-badge--grey')).toHaveLength(2);
  });

  it('says where the figure stands after the status word', () => {
    const { container } = renderWithProviders(
      <StatusBadge status="needsAttention" position="低于全省0.3个百分点" />,
    );
    expect(container.textContent).toBe('需关注低于全省0.3个百分点');
    expect(screen.getByText('低于全省0.3个百分点')).toBeVisible();
  });

  it('marks a status that people judged as judged', () => {
    renderWithProviders(<StatusBadge status="onSchedule" judged />);
    expect(screen.getByText('符合序时进度(研判)')).toBeInTheDocument();
  });

  it('speaks English once English is chosen', () => {
    renderWithProviders(<StatusBadge status="needsAttention" judged />);
    act(() => useLocaleStore.getState().setLocale('en-US'));
    expect(screen.getByText('Needs attention (judged)')).toBeInTheDocument();
  });
});
