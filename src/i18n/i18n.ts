/**
 * The app's one i18next instance. It follows the remembered language choice: changing the
 * choice switches the texts, the page's `lang` attribute and the language asked of the API.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLocale } from '../api/client';
import { useLocaleStore } from '../stores/locale';
import { defaultLocale, localeCookieName, locales, type Locale } from './locales';
import { defaultNamespace, namespaces, resources } from './resources';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: useLocaleStore.getState().locale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  ns: [...namespaces],
  defaultNS: defaultNamespace,
  interpolation: { escapeValue: false }, // React escapes what it renders
  initAsync: false, // every text is bundled: ready before the first render
});

function applyLocale(locale: Locale): void {
  void i18n.changeLanguage(locale);
  setRequestLocale(locale);
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.cookie = `${localeCookieName}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
}

applyLocale(useLocaleStore.getState().locale);
useLocaleStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) applyLocale(state.locale);
});
