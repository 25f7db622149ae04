/**
 * Numbers with a finite allowed range, whose refusal can say what the range is: the schema's issue
 * message carries the bounds (`range:min:max`), and `rangeOfIssueMessage` reads them back for the
 * API's error message. Finite bounds also keep every sum and ratio computed from stored numbers
 * finite (5,000 projects at the largest amount still add up to a finite number).
 */
import { z } from 'zod';

export interface NumberRange {
  min: number;
  max: number;
}

const rangeMessagePrefix = 'range:';

function rangeMessage({ min, max }: NumberRange): string {
  return `${rangeMessagePrefix}${min}:${max}`;
}

/** A number from `min` to `max` inclusive. */
export function numberInRange(range: NumberRange) {
  const message = rangeMessage(range);
  return z.number().min(range.min, { error: message }).max(range.max, { error: message });
}

/** The range an issue message of `numberInRange` names, or null for any other message. */
export function rangeOfIssueMessage(message: string): NumberRange | null {
  if (!message.startsWith(rangeMessagePrefix)) return null;
  const [min, max] = message.slice(rangeMessagePrefix.length).split(':').map(Number);
  return min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)
    ? null
    : { min, max };
}
