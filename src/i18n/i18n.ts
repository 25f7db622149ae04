/**
 * The app's one i18next instance. It follows the remembered language choice: changing the
 * choice switches the texts, the page's `lang` attribute and the language asked of the API.
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setRequestLocale } from '../api/client';
import { useLocaleStore } from '../stores/locale';
import { defaultLocale, isLocale, localeCookieName, locales, type Locale } from './locales';
import {
  bundledNamespaces,
  defaultNamespace,
  isLoadedNamespace,
  namespaceLoaders,
  resources,
  type Namespace,
} from './resources';

export const i18n = i18next.createInstance();

/**
 * Loads a feature's namespace when first asked for. Its module holds both languages; the one not
 * asked for is kept too, so switching language later needs no loading.
 */
const featureMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLoadedNamespace(namespace)) return callback(null, {});
    namespaceLoaders[namespace]().then(
      (messages) => {
        for (const locale of locales)
          if (locale !== language) i18n.addResourceBundle(locale, namespace, messages[locale], true, true);
        callback(null, isLocale(language) ? messages[language] : messages[defaultLocale]);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

void i18n
  .use(initReactI18next)
  .use(featureMessages)
  .init({
    resources,
    partialBundledLanguages: true, // the bundled namespaces are here; the backend brings the rest
    lng: useLocaleStore.getState().locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    load: 'currentOnly',
    ns: [...bundledNamespaces],
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false }, // React escapes what it renders
    initAsync: false, // the bundled texts are ready before the first render
  });

/**
 * Loads these namespaces in every language. Pages call it beside loading their code, so their texts
 * arrive together with it; a component whose namespace is not loaded yet waits (suspends) for it.
 */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18n.loadNamespaces([...namespaces]);
}

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
