/**
 * The direction of a text from its letters, for pages that declare neither `dir` nor `lang`: a
 * Hebrew or Arabic article without them was shown left to right. Counts strongly right-to-left
 * letters against strongly left-to-right ones in the first few thousand characters.
 */

/** Letters of the right-to-left scripts. */
const RTL =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/gu;
/** Letters of any script. */
const LETTER = /\p{L}/gu;

/** How much of the text is looked at: enough to decide, cheap on a long article. */
const SAMPLE = 4_000;

/** `rtl` when most strongly directional letters are right to left, `ltr` when they are not, null for no letters. */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
  const sample = text.slice(0, SAMPLE);
  const rtl = sample.match(RTL)?.length ?? 0;
  const ltr = (sample.match(LETTER)?.length ?? 0) - rtl;
  if (rtl === 0 && ltr === 0) return null;
  return rtl > ltr ? 'rtl' : 'ltr';
}
