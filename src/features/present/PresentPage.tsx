/**
 * 演示 (`/present`, `/present/:slideId`, `?deck=<id>`, `?asOf=`): the plan on a projector, one
 * slide at a time, each at its own address. Keys and buttons move; a deck advances by itself with
 * each slide's duration until paused, while without a deck the slides wait for the presenter; F goes full screen, Esc leaves for where the presenter
 * came from. Figures refresh every 30 s; offline, the cached figures stay up under a marker.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/states/EmptyState';
import { ErrorState } from '../../components/states/ErrorState';
import { LoadingState } from '../../components/states/LoadingState';
import { useLocalized } from '../../i18n/localized';
import { OfflineMarker } from './OfflineMarker';
import { PresentControls } from './PresentControls';
import { PrintDeck } from './PrintDeck';
import type { SlideLayout } from './slideData';
import { SlideView } from './SlideView';
import { useOfflineSince } from './useConnectivity';
import { useOfflineCopies } from './useOfflineCopies';
import { useFullscreen } from './useFullscreen';
import { usePresentation } from './usePresentation';
import type { IndicatorValue } from '../../domain/model';
import { PendingFiguresProvider } from '../../lib/pendingFigures';
import { usePresenterKeys } from './usePresenterKeys';
import { usePresentSearch } from './usePresentSearch';
import { usePrintDeck } from './usePrintDeck';
import { useChartFontPx } from './useSlideScale';
import { useSlideTimer } from './useSlideTimer';
import './present.css';
import './print.css';
import { usePlanId } from '../../lib/plan/usePlanId';
import { isPlanYearOver } from '../../lib/plan/planYear';
import { todayInChina } from '../../domain/period';
import { planPath } from '../../lib/plan/planAddress';

/** Where Esc leaves to: the page the presentation was opened from (`state.returnTo`), else the plan's overview. */
interface PresentLocationState {
  returnTo?: string;
}

const noFigures: readonly IndicatorValue[] = [];

export default function PresentPage() {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const { pick } = useLocalized();
  const { slideId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const planId = usePlanId();
  const returnTo = (location.state as PresentLocationState | null)?.returnTo ?? planPath(planId);
  const { deckId, asOf, search } = usePresentSearch();
  const presentation = usePresentation(deckId, asOf, slideId);
  const { data, order } = presentation;
  const rootRef = useRef<HTMLDivElement>(null);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen(rootRef);
  // Without a deck nobody chose how long each slide stays: the presenter moves on by hand (Space
  // or 播放 starts the timer). A deck's own durations run by themselves.
  const [paused, setPaused] = useState(deckId === undefined);
  const { printing, print } = usePrintDeck();
  const offlineSince = useOfflineSince(presentation.refreshFailedAt);
  useOfflineCopies(data !== undefined);
  const chartFontPx = useChartFontPx();
  const layout = useMemo((): SlideLayout => ({ chartFontPx, printing: false }), [chartFontPx]);

  const found = order.findIndex((planned) => planned.slide.id === slideId);
  const index = Math.max(found, 0);
  const current = order[index];

  const goTo = useCallback(
    (target: number) => {
      const planned = order[(target + order.length) % order.length];
      if (!planned) return;
      navigate(planPath(planId, `present/${planned.slide.id}`) + search, {
        replace: true,
        state: location.state,
      });
    },
    [order, navigate, planId, search, location.state],
  );
  const next = useCallback(() => goTo(index + 1), [goTo, index]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate(returnTo);
  }, [navigate, returnTo]);
  const actions = useMemo(
    () => ({
      previous: () => goTo(index - 1),
      next,
      togglePause: () => setPaused((value) => !value),
      toggleFullscreen,
      leave,
    }),
    [goTo, index, next, toggleFullscreen, leave],
  );
  usePresenterKeys(actions);
  useSlideTimer(current?.slide.id ?? '', current?.durationSeconds ?? 0, paused || !current || printing, next);

  const pageTitle = presentation.deckName ?? (data ? pick(data.tree.plan.title) : tc('nav.present'));
  let body;
  if (presentation.error !== null) {
    body = <ErrorState error={presentation.error} onRetry={presentation.retry} />;
  } else if (!data || (deckId !== undefined && order.length === 0 && presentation.deckName === null)) {
    body = <LoadingState blocks={3} />;
  } else if (!current) {
    body = <EmptyState title={t('slide.empty')} />;
  } else if (slideId !== undefined && found < 0) {
    return (
      <Navigate
        to={planPath(planId, `present/${current.slide.id}`) + search}
        replace
        state={location.state}
      />
    );
  } else {
    body = <SlideView key={current.slide.id} slide={current.slide} data={data} layout={layout} />;
  }

  return (
    <div className="present" ref={rootRef}>
      <title>{`${tc('nav.present')} · ${pageTitle}`}</title>
      {offlineSince ? <OfflineMarker since={offlineSince} /> : null}
      {data && isPlanYearOver(data.tree.plan.year, todayInChina()) ? (
        <p className="year-ended-marker">
          {t('plan.yearEnded', { ns: 'common', year: data.tree.plan.year })}
        </p>
      ) : null}
      <PendingFiguresProvider values={data?.tree.values ?? noFigures}>
        <main className="present__stage">{body}</main>
        {printing && data ? <PrintDeck order={order} data={data} /> : null}
      </PendingFiguresProvider>
      {current ? (
        <PresentControls
          index={index}
          total={order.length}
          slideId={`${current.slide.id}-${paused}`}
          durationSeconds={current.durationSeconds}
          paused={paused}
          fullscreen={fullscreen}
          onPrevious={actions.previous}
          onNext={next}
          onTogglePause={actions.togglePause}
          onToggleFullscreen={toggleFullscreen}
          onPrint={print}
          onLeave={leave}
        />
      ) : null}
    </div>
  );
}
