/** Two buttons, 中文 and English; the pressed one is the language in use. The choice is remembered. */
import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../lib/useHydrated';
import { locales, type Locale } from '../i18n/locales';
import { useLocale, useLocaleStore } from '../stores/locale';

const languageNameKey = { 'zh-CN': 'language.zhCN', 'en-US': 'language.enUS' } as const satisfies Record<
  Locale,
  string
>;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const setLocale = useLocaleStore((state) => state.setLocale);
  const hydrated = useHydrated();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      <Languages className="language-switch__icon" aria-hidden="true" focusable="false" />
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          disabled={!hydrated}
          onClick={() => setLocale(option)}
        >
          {t(languageNameKey[option])}
        </button>
      ))}
    </div>
  );
}
