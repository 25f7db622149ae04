/**
 * Every slide of the running order laid out for paper: one slide per A4 landscape page (the print
 * stylesheet breaks after each), charts at a fixed size. Rendered off screen only while printing.
 */
import type { PlannedSlide } from './slides';
import type { SlideData, SlideLayout } from './slideData';
import { SlideView } from './SlideView';

const printLayout: SlideLayout = { chartFontPx: 15, chartSize: { width: 1000, height: 340 }, printing: true };

export function PrintDeck({ order, data }: { order: readonly PlannedSlide[]; data: SlideData }) {
  return (
    <div className="print-deck">
      {order.map(({ slide }) => (
        <div key={slide.id} className="print-deck__page">
          <SlideView slide={slide} data={data} layout={printLayout} />
        </div>
      ))}
    </div>
  );
}
