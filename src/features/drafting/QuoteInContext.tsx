/** A proposal's source words, highlighted inside the few characters of the report around them. */
import type { Quote } from './proposals';

const contextChars = 16;

export function QuoteInContext({ text, quote }: { text: string; quote: Quote }) {
  const end = quote.at + quote.sentence.length;
  const before = text.slice(Math.max(0, quote.at - contextChars), quote.at);
  const after = text.slice(end, end + contextChars);
  return (
    <span className="draft-quote">
      {quote.at > contextChars ? '…' : ''}
      {before}
      <mark>{quote.sentence}</mark>
      {after}
      {end + contextChars < text.length ? '…' : ''}
    </span>
  );
}
