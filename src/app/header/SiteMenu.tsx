/**
 * The navigation and tools of the header. On a wide screen they sit in the header bar; on a phone
 * or tablet they fold behind a 菜单 button that opens them below the bar. Esc, or following one of
 * its links, folds them again.
 */
import { Menu, X } from 'lucide-react';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useHydrated } from '../../lib/useHydrated';

export const siteMenuId = 'site-menu';

export function SiteMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // On a server-rendered page the button arrives before the scripts that open the menu: until
  // they run it is shown disabled, so a tap is never silently lost (as for the other controls).
  const hydrated = useHydrated();

  // Moving to another screen folds the menu.
  const [shownAt, setShownAt] = useState(pathname);
  if (shownAt !== pathname) {
    setShownAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  };

  const Icon = open ? X : Menu;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="site-menu-button"
        aria-expanded={open}
        aria-controls={siteMenuId}
        disabled={!hydrated}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <Icon className="site-menu-button__icon" aria-hidden="true" focusable="false" />
        {t('app.menu')}
      </button>
      {/* The links inside are what is clicked; the panel only notices that one was followed. */}
      <div id={siteMenuId} className={open ? 'site-menu site-menu--open' : 'site-menu'} onClick={closeOnLink}>
        {children}
      </div>
    </>
  );
}
