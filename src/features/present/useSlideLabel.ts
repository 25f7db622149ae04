/** A slide's name in the deck editor: 封面, 攻坚行动4 · 项目建设提速, or the indicator's name with where it belongs. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized';
import type { Slide } from './slides';

export function useSlideLabel(): (slide: Slide) => string {
  const { t } = useTranslation('present');
  const { pick } = useLocalized();
  return useCallback(
    (slide: Slide) => {
      switch (slide.kind) {
        case 'title':
          return t('decks.titleSlide');
        case 'action':
          return `${t('slide.action', { order: slide.action.order })} · ${pick(slide.action.name)}`;
        case 'indicator': {
          const where = slide.portfolio
            ? t('slide.portfolio')
            : slide.action
              ? t('slide.action', { order: slide.action.order })
              : t('slide.mainTarget');
          return `${pick(slide.indicator.name)}(${where})`;
        }
      }
    },
    [t, pick],
  );
}
