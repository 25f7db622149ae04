/**
 * The bar under the slides: back, play/pause, on, the slide counter and seconds left, full
 * screen, print and leave. No editing control: presenting only shows.
 */
import { ChevronLeft, ChevronRight, LogOut, Maximize, Minimize, Pause, Play, Printer } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { SlideCountdown } from './SlideCountdown';

interface PresentControlsProps {
  index: number;
  total: number;
  slideId: string;
  durationSeconds: number;
  paused: boolean;
  fullscreen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onTogglePause: () => void;
  onToggleFullscreen: () => void;
  onPrint: () => void;
  onLeave: () => void;
}

export function PresentControls(props: PresentControlsProps) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { index, total, paused, fullscreen } = props;
  const icon = { className: 'present-button__icon', 'aria-hidden': true, focusable: false } as const;
  return (
    <nav className="present-controls" aria-label={t('controls.label')}>
      <div className="present-controls__group">
        <button type="button" className="present-button" onClick={props.onPrevious}>
          <ChevronLeft {...icon} />
          {t('controls.previous')}
        </button>
        <button type="button" className="present-button" onClick={props.onTogglePause} aria-pressed={paused}>
          {paused ? <Play {...icon} /> : <Pause {...icon} />}
          {paused ? t('controls.play') : t('controls.pause')}
        </button>
        <button type="button" className="present-button" onClick={props.onNext}>
          {t('controls.next')}
          <ChevronRight {...icon} />
        </button>
      </div>
      <p className="present-controls__status">
        <span className="present-controls__counter" aria-live="polite">
          {t('controls.counter', { current: index + 1, total })}
        </span>
        {paused ? (
          <span className="present-controls__paused">{t('controls.paused')}</span>
        ) : (
          <SlideCountdown key={props.slideId} durationSeconds={props.durationSeconds} />
        )}
      </p>
      <div className="present-controls__group">
        <span className="present-controls__keys">{t('controls.keys')}</span>
        <button type="button" className="present-button" onClick={props.onToggleFullscreen}>
          {fullscreen ? <Minimize {...icon} /> : <Maximize {...icon} />}
          {fullscreen ? t('controls.exitFullscreen') : t('controls.fullscreen')}
        </button>
        <button type="button" className="present-button" onClick={props.onPrint}>
          <Printer {...icon} />
          {tc('print')}
        </button>
        <button type="button" className="present-button" onClick={props.onLeave}>
          <LogOut {...icon} />
          {t('controls.exit')}
        </button>
      </div>
    </nav>
  );
}
