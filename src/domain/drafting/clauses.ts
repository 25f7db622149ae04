/**
 * Splitting a report into sentences (。；), clauses (，：) and list items (、), keeping each
 * piece's position in the text so that a proposal can point at its words. Marks inside quotes
 * (“产业提级、城市提质”) and brackets do not split.
 */

export interface Span {
  text: string;
  start: number;
}

const opening = '“‘「『《(（';
const closing = '”’」』》)）';

function splitOn(span: Span, delimiters: string): Span[] {
  const pieces: Span[] = [];
  let depth = 0;
  let pieceStart = 0;
  for (let index = 0; index < span.text.length; index += 1) {
    const char = span.text[index]!;
    if (opening.includes(char)) depth += 1;
    else if (closing.includes(char)) depth = Math.max(0, depth - 1);
    else if (char === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && delimiters.includes(char)) {
      pieces.push({ text: span.text.slice(pieceStart, index), start: span.start + pieceStart });
      pieceStart = index + 1;
    }
  }
  pieces.push({ text: span.text.slice(pieceStart), start: span.start + pieceStart });
  return pieces.map(trimSpan).filter((piece) => piece.text.length > 0);
}

const leadingJunk = /^[\s\u3000●•·▪■◆◇○\-—*]+/;
const trailingJunk = /[\s\u3000]+$/;

/** The span without surrounding blanks and list bullets. */
export function trimSpan(span: Span): Span {
  const lead = leadingJunk.exec(span.text)?.[0].length ?? 0;
  const text = span.text.slice(lead).replace(trailingJunk, '');
  return { text, start: span.start + lead };
}

/** Lines of the text (a paragraph in a pasted report is one line). */
export const splitLines = (text: string): Span[] => splitOn({ text, start: 0 }, '\n');

/** Sentences: ended by 。 ； ; ！ ？ (and the line's end). */
export const splitSentences = (line: Span): Span[] => splitOn(line, '。；;！？!?');

/** Clauses: separated by ， , ： :. */
export const splitClauses = (sentence: Span): Span[] => splitOn(sentence, '，,：:');

/** List items: separated by 、. */
export const splitItems = (clause: Span): Span[] => splitOn(clause, '、');
