/** Picks the text of a bilingual field (名称 / name) in the current UI language. */
import { useCallback } from 'react';
import type { Bilingual } from '../domain/model';
import { useLocale } from '../stores/locale';
import type { Locale } from './locales';

export function localizedText(text: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

/** The current locale and a picker bound to it, for components that show plan data. */
export function useLocalized(): { locale: Locale; pick: (text: Bilingual) => string } {
  const locale = useLocale();
  const pick = useCallback((text: Bilingual) => localizedText(text, locale), [locale]);
  return { locale, pick };
}
