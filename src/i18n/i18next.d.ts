// Keys passed to t() are checked against the Chinese texts, the original that every translation follows.
import 'i18next';
import type { planAdminMessages } from '../features/planAdmin/messages';
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    /** Namespaces loaded with their feature (registered at run time) are typed here too. */
    resources: (typeof resources)['zh-CN'] & { planAdmin: (typeof planAdminMessages)['zh-CN'] };
  }
}
