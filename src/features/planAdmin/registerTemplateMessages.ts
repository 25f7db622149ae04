/** Adds the `planTemplate` namespace to the app's i18next instance when the template screens load. */
import { i18n } from '../../i18n/i18n';
import { planTemplateMessages } from './templateMessages';

for (const [locale, messages] of Object.entries(planTemplateMessages))
  if (!i18n.hasResourceBundle(locale, 'planTemplate'))
    i18n.addResourceBundle(locale, 'planTemplate', messages);
