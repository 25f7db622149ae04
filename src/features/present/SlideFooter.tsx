/** The foot of a slide: where the figures come from, and a warning while demo figures are shown. */
import { useTranslation } from 'react-i18next';

export function SlideFooter({ source, demo }: { source: string; demo: boolean }) {
  const { t } = useTranslation('present');
  return (
    <footer className="slide__footer">
      <span>{source}</span>
      {demo ? <span className="slide__demo">{t('slide.demo')}</span> : null}
    </footer>
  );
}
