// Keys passed to t() are checked against the Chinese texts, the original that every translation follows.
import 'i18next';
import type { planAdminMessages } from '../features/planAdmin/messages';
import type { planTemplateMessages } from '../features/planAdmin/templateMessages';
import type { AllMessages } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    /** Plan administration registers its namespace itself when its screens load. */
    resources: AllMessages & {
      planAdmin: (typeof planAdminMessages)['zh-CN'];
      planTemplate: (typeof planTemplateMessages)['zh-CN'];
    };
  }
}
