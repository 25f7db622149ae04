import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/renderApp';
import { SiteMenu } from './SiteMenu';
import { Link } from 'react-router';

function renderMenu() {
  return renderWithProviders(
    <SiteMenu>
      <nav aria-label="主导航">
        <Link to="/projects">重点项目</Link>
      </nav>
    </SiteMenu>,
  );
}

describe('the header menu on a phone', () => {
  it('opens from the 菜单 button and says it is open', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: '菜单' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toHaveClass('site-menu--open');
  });

  it('folds away with Esc and leaves the focus on its button', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: '菜单' });
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('link', { name: '重点项目' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('folds away once one of its links is followed', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: '菜单' });
    await user.click(button);
    await user.click(screen.getByRole('link', { name: '重点项目' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
