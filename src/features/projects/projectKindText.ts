/** How the list names what a project is: 电子信息 · 半导体, or 城建重点工程 · 公园绿化. */
import {
  industryChainLabels,
  industryTrackLabels,
  projectKindLabels,
  urbanCategoryLabels,
} from '../../domain/projects/model';
import type { ProjectRow } from '../../domain/projects/portfolio';
import { localizedText } from '../../i18n/localized';
import type { Locale } from '../../i18n/locales';

export function projectKindText(
  row: Pick<ProjectRow, 'kind' | 'urbanCategory' | 'industryChain' | 'track'>,
  locale: Locale,
): string {
  const parts =
    row.kind === 'urban'
      ? [projectKindLabels.urban, row.urbanCategory ? urbanCategoryLabels[row.urbanCategory] : null]
      : [
          row.industryChain ? industryChainLabels[row.industryChain] : projectKindLabels.industrial,
          row.track ? industryTrackLabels[row.track] : null,
        ];
  return parts
    .filter((part) => part !== null)
    .map((part) => localizedText(part, locale))
    .join(' · ');
}
