/**
 * What a report says about the plan it states, to fill in the new plan's form: the organisation
 * (在荥阳市第……人民代表大会, 四川省人民政府, or the title's 高区), its level, the document's title
 * (its first line when that is a heading) and the day it was published or delivered. Each is only
 * a proposal: the planner checks it before anything is written.
 */
import type { OrganisationLevel } from '../model';

export interface ReportHeading {
  organisation: string | null;
  level: OrganisationLevel | null;
  documentTitle: string | null;
  /** YYYY-MM-DD, or null when the text names no day. */
  publishedOn: string | null;
}

const place = '[\\u4e00-\\u9fff]{1,12}?(?:高新区|开发区|新区|高区|园区|自治区|省|市|县|区|旗)';

const organisationPatterns = [
  new RegExp(`在(${place})第?[一二三四五六七八九十]*届?人民代表大会`),
  new RegExp(`(${place})人民政府`),
];

const zoneSuffix = /(?:高新区|开发区|新区|高区|园区)$/;

export function levelOf(organisation: string): OrganisationLevel {
  if (zoneSuffix.test(organisation)) return 'zone';
  if (/(?:省|自治区)$/.test(organisation)) return 'province';
  if (/市$/.test(organisation)) return 'city';
  return 'county';
}

function firstLine(text: string): string | null {
  const line = text.trim().split(/\r?\n/)[0]?.trim() ?? '';
  return line.length > 0 && line.length <= 60 && !/[。;；]/.test(line) ? line : null;
}

function organisationOf(text: string, title: string | null): string | null {
  for (const pattern of organisationPatterns) {
    const match = pattern.exec(text.slice(0, 2000));
    if (match?.[1]) return match[1];
  }
  const fromTitle = title === null ? null : new RegExp(`^(?:\\d{4}年度?)?(${place})`).exec(title);
  return fromTitle?.[1] ?? null;
}

const pad = (number: string) => number.padStart(2, '0');

function publishedOnOf(text: string): string | null {
  const head = text.slice(0, 2000);
  const stamped = /(?:发布时间|发布日期)[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(head);
  const written = stamped ?? /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(head);
  if (!written) return null;
  return `${written[1]}-${pad(written[2]!)}-${pad(written[3]!)}`;
}

export function reportHeading(text: string): ReportHeading {
  const documentTitle = firstLine(text);
  const organisation = organisationOf(text, documentTitle);
  return {
    organisation,
    level: organisation === null ? null : levelOf(organisation),
    documentTitle,
    publishedOn: publishedOnOf(text),
  };
}
