/**
 * The chosen UI language, remembered in localStorage. Chinese unless someone chose English.
 */
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const localeStorageKey = 'target-board.locale';

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: defaultLocale,
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: localeStorageKey,
      // Only a browser remembers; a server rendering a page must never write a storage of its own.
      storage: createJSONStorage(() => {
        if (typeof window === 'undefined') throw new Error('no browser storage here');
        return localStorage;
      }),
      partialize: ({ locale }) => ({ locale }),
      // A stored value from an older or tampered build must not break the app.
      merge: (stored, current) => {
        const locale = (stored as { locale?: unknown } | undefined)?.locale;
        return isLocale(locale) ? { ...current, locale } : current;
      },
    },
  ),
);

const currentLocale = (): Locale => useLocaleStore.getState().locale;

/**
 * The language in use, for rendering. Unlike the store's own hook it renders a server page and
 * takes one over (hydration) in the language the store holds now, not in its initial default.
 */
export function useLocale(): Locale {
  return useSyncExternalStore(useLocaleStore.subscribe, currentLocale, currentLocale);
}
