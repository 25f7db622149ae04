/**
 * Translation without a hook, for pieces drawn a thousand times (table rows, status badges):
 * `useTranslation` costs a little on every mount, which adds up on a plan with many indicators.
 * Components that use this take the locale from the locale store, so they still follow a switch.
 * It does not wait for a namespace: use it for `common` and `overview`, which are bundled, or in a
 * page whose namespaces its route loaded first (src/app/AppRoutes.tsx).
 */
import type { TFunction } from 'i18next';
import { i18n } from './i18n';
import type { Locale } from './locales';
import type { Namespace } from './resources';

const translators = new Map<string, unknown>();

export function fixedT<Ns extends Namespace>(locale: Locale, namespace: Ns): TFunction<Ns> {
  const key = `${locale}:${namespace}`;
  let translate = translators.get(key) as TFunction<Ns> | undefined;
  if (!translate) {
    translate = i18n.getFixedT(locale, namespace);
    translators.set(key, translate);
  }
  return translate;
}
