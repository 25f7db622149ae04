/**
 * Adds the `planAdmin` namespace to the app's i18next instance when the feature's screens load,
 * so its texts stay out of the first load of every other screen.
 */
import { i18n } from '../../i18n/i18n';
import { planAdminMessages } from './messages';

for (const [locale, messages] of Object.entries(planAdminMessages))
  if (!i18n.hasResourceBundle(locale, 'planAdmin')) i18n.addResourceBundle(locale, 'planAdmin', messages);
