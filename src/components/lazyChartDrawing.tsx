/**
 * A chart's drawing whose code (recharts with it) is fetched only when it is first drawn. If the
 * fetch fails — offline, say — the chart's box says so with a retry that fetches it afresh, and
 * the rest of the page, the chart's table included, stays as it was.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { WidgetErrorBoundary } from './states/WidgetErrorBoundary';

export function lazyChartDrawing<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): ComponentType<Props> {
  let Drawing: LazyExoticComponent<ComponentType<Props>> = lazy(load);
  function Loaded(props: Props) {
    return <Drawing {...props} />;
  }
  return function ChartDrawing(props: Props) {
    return (
      <WidgetErrorBoundary onRetry={() => (Drawing = lazy(load))}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </WidgetErrorBoundary>
    );
  };
}
