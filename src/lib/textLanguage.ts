/**
 * The language of a text someone wrote (a note, a reason), for its element's `lang`: Chinese when
 * it has Chinese characters, otherwise left to the page's. Screen readers then read it right, and
 * an English screen marks Chinese notes as quoted rather than as its own words.
 */
export function writtenLanguage(text: string): 'zh-CN' | undefined {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : undefined;
}
