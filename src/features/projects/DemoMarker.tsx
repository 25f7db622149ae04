/** 示例 beside a demo project, so nobody takes it for a real one. */
import { fixedT } from '../../i18n/fixedT';
import type { Locale } from '../../i18n/locales';

export function DemoMarker({ locale }: { locale: Locale }) {
  const t = fixedT(locale, 'projects');
  return (
    <span className="project-demo" title={t('demoHint')}>
      {t('demo')}
      <span className="visually-hidden">{`(${t('demoHint')})`}</span>
    </span>
  );
}
