/**
 * 约束性 or 预期性 in words, beside a target on every card and slide: whether the target is binding
 * (set by the level above) or expected. Text with an outline, never a colour alone.
 */
import { natureWords } from '../../domain/targetWords';
import type { TargetNature } from '../../domain/model';
import { useLocale } from '../../stores/locale';

export function NatureTag({ nature }: { nature: TargetNature }) {
  const locale = useLocale();
  return (
    <span className={`nature-tag nature-tag--${nature}`} data-nature={nature}>
      {natureWords(nature, locale)}
    </span>
  );
}
