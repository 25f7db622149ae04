/** Whichever slide it is: the title, an indicator or a campaign action. */
import { ActionSlide } from './ActionSlide';
import { IndicatorSlide } from './IndicatorSlide';
import type { Slide } from './slides';
import type { SlideData, SlideLayout } from './slideData';
import { TitleSlide } from './TitleSlide';

export function SlideView({ slide, data, layout }: { slide: Slide; data: SlideData; layout: SlideLayout }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide data={data} />;
    case 'indicator':
      return (
        <IndicatorSlide
          data={data}
          layout={layout}
          indicator={slide.indicator}
          action={slide.action}
          portfolio={slide.portfolio}
        />
      );
    case 'action':
      return (
        <ActionSlide
          data={data}
          layout={layout}
          action={slide.action}
          indicators={slide.indicators}
          workItems={slide.workItems}
        />
      );
  }
}
