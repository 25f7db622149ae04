/**
 * Server messages are in Chinese unless the request prefers English (Accept-Language: en…).
 */
export type MessageLocale = 'zh' | 'en';

interface LanguageRange {
  tag: string;
  quality: number;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qualityParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = qualityParam === undefined ? 1 : Number(qualityParam.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((range) => range.tag !== '' && range.quality > 0);
}

/** The first of zh / en in the request's order of preference; zh when it names neither. */
export function messageLocale(acceptLanguage: string | undefined | null): MessageLocale {
  if (!acceptLanguage) return 'zh';
  const ranked = parseAcceptLanguage(acceptLanguage).sort((a, b) => b.quality - a.quality);
  for (const { tag } of ranked) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
  }
  return 'zh';
}
