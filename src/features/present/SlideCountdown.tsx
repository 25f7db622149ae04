/**
 * "15 秒后翻页": the seconds left on the current slide, counted down once a second. Mounted afresh
 * (by key) whenever the slide changes or play resumes, as the playlist clock starts again then.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SlideCountdown({ durationSeconds }: { durationSeconds: number }) {
  const { t } = useTranslation('present');
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, durationSeconds - Math.floor((now - startedAt) / 1000));
  return <span className="present-controls__countdown">{t('controls.secondsLeft', { seconds })}</span>;
}
