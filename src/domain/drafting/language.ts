/** Whether a text is Chinese enough to read as a work report. */

const han = /[\u3400-\u9fff\uf900-\ufaff]/g;
const latinLetters = /[A-Za-z]/g;

/** At least a few Chinese characters, and more of them than a third of all letters written. */
export function looksChinese(text: string): boolean {
  const chinese = text.match(han)?.length ?? 0;
  const latin = text.match(latinLetters)?.length ?? 0;
  // A Chinese character carries about as much as a word: weigh Latin letters by a typical word length.
  return chinese >= 4 && chinese >= (latin / 5) * 0.5;
}
