/**
 * The corpus: target paragraphs of real work reports (nation, provinces, cities, districts and
 * zones, 2023–2026), each with its source and its targets labelled by hand.
 */
import { xianyang2023, xingyang2025 } from './cities';
import { kongtong2024, zhonglou2025 } from './districts';
import { longyou2025, zherong2025, zhuzhouDevelopmentZone2025 } from './heldOut';
import type { CorpusReport } from './labels';
import { nation2025, nation2026 } from './nation';
import { hubei2025, shandong2023, sichuan2024 } from './provinces';
import { torchZoneMeeting2024 } from './torchZoneMeeting2024';
import { jinhuaDevelopmentZone2024, kaifengDemonstrationZone2024, yangzhouEcoTechCity2025 } from './zones';

export type { CorpusReport, LabelledTarget } from './labels';

export const corpus: CorpusReport[] = [
  torchZoneMeeting2024,
  kaifengDemonstrationZone2024,
  jinhuaDevelopmentZone2024,
  yangzhouEcoTechCity2025,
  zhonglou2025,
  kongtong2024,
  xianyang2023,
  xingyang2025,
  sichuan2024,
  hubei2025,
  shandong2023,
  nation2025,
  nation2026,
];

/** Labelled before the reader first ran on them; kept out of tuning so their figures stay honest. */
export const heldOut: CorpusReport[] = [zhuzhouDevelopmentZone2025, longyou2025, zherong2025];
