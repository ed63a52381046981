/**
 * Trims written as loops. The patterns they replace (`/[.,;:)\]]+$/`, `/\s*:$/`) retry from every character
 * of a long run that does not reach the end, which is quadratic in V8's backtracking engine: 200,000 commas
 * and one letter took seconds. A loop from the end looks at each trimmed character once.
 */

/** The characters `\s` matches (WhiteSpace and LineTerminator, which `String.prototype.trim` removes too). */
export const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** `text` without the run of `chars` at its end: `text.replace(/[chars]+$/, '')`. `chars` are single UTF-16 units. */
export function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the run of `chars` at its start: `text.replace(/^[chars]+/, '')`. */
export function withoutLeading(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/** `text` without the runs of `chars` at either end: `text.replace(/^[chars]+|[chars]+$/g, '')`. */
export function withoutEdges(text: string, chars: string): string {
  return withoutTrailing(withoutLeading(text, chars), chars);
}

/** `text` without a last character from `marks` and the white space before it: `text.replace(/\s*[marks]$/, '')`. */
export function withoutFinalMark(text: string, marks: string): string {
  return text.length > 0 && marks.includes(text[text.length - 1]!) ? text.slice(0, -1).trimEnd() : text;
}
