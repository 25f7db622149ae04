/** 示例 beside a demo project, so nobody takes it for a real one. */
import { fixedT } from '../../i18n/fixedT';
import type { Locale } from '../../i18n/locales';

export interface DemoWords {
  demo: string;
  hint: string;
}

/** The marker's words: a table of many demo projects looks them up once for all its rows. */
export function demoWords(locale: Locale): DemoWords {
  const t = fixedT(locale, 'projects');
  return { demo: t('demo'), hint: t('demoHint') };
}

export function DemoMarker({ locale, words = demoWords(locale) }: { locale: Locale; words?: DemoWords }) {
  return (
    <span className="project-demo" title={words.hint}>
      {words.demo}
      <span className="visually-hidden">{`(${words.hint})`}</span>
    </span>
  );
}
