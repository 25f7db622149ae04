/** Every namespace in every language: `common` for shared texts, one namespace per feature. */
import { indicatorMessages } from '../features/indicator/messages';
import { overviewMessages } from '../features/overview/messages';
import { commonMessages } from './commonMessages';

export const namespaces = ['common', 'overview', 'indicator'] as const;
export const defaultNamespace = 'common';

export const resources = {
  'zh-CN': {
    common: commonMessages['zh-CN'],
    overview: overviewMessages['zh-CN'],
    indicator: indicatorMessages['zh-CN'],
  },
  'en-US': {
    common: commonMessages['en-US'],
    overview: overviewMessages['en-US'],
    indicator: indicatorMessages['en-US'],
  },
} as const;
