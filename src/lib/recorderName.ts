/**
 * Who recorded a figure, as a reader sees it. The demo series (`demo`) and the figures derived from
 * the project registry (`derived`) are recorded under a fixed word, shown in the reader's language;
 * a person is shown by the name they were recorded under.
 */
import { fixedT } from '../i18n/fixedT';
import type { Locale } from '../i18n/locales';

const fixedRecorders = ['demo', 'derived'] as const;
type FixedRecorder = (typeof fixedRecorders)[number];

function isFixedRecorder(recordedBy: string): recordedBy is FixedRecorder {
  return (fixedRecorders as readonly string[]).includes(recordedBy);
}

export function recorderName(recordedBy: string, locale: Locale): string {
  return isFixedRecorder(recordedBy) ? fixedT(locale, 'common')(`recorder.${recordedBy}`) : recordedBy;
}

/**
 * The fixed words the demo series is recorded with (note and source); a reader sees them in their
 * own language. Anything a person wrote is shown as written.
 */
const demoWords: Record<string, 'demo.badge' | 'demo.hint'> = {
  示例数据: 'demo.badge',
  '示例数据,非真实统计': 'demo.hint',
};

export function recordText(text: string, isDemo: boolean, locale: Locale): string {
  const key = isDemo ? demoWords[text] : undefined;
  return key ? fixedT(locale, 'common')(key) : text;
}
