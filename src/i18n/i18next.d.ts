// Keys passed to t() are checked against the Chinese texts, the original that every translation follows.
import 'i18next';
import type { AllMessages } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: AllMessages;
  }
}
