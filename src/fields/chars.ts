/**
 * Character tests told by the character's code when it is ASCII (most lines of the benchmark
 * open with ASCII), with the Unicode regex only beyond: each is exactly the regex it stands for.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const TWO_UPPER = /^\p{Lu}{2}/u;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** An ASCII letter (NaN, past a string's end, is none). */
export const isAsciiLetter = (c: number): boolean => isAsciiUpper(c) || (c >= 97 && c <= 122);

/** An ASCII letter or digit (NaN, past a string's end, is none). */
export const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiLetter(c);

/** `/^\p{Lu}/u.test(text)`: the text opens with an upper-case letter. */
export function upperFirst(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER_FIRST.test(text);
}

/** `/^\p{Lu}{2}/u.test(text)`: the text opens with two upper-case letters. */
export function twoUpperFirst(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  return a < 128 && b < 128 ? isAsciiUpper(a) && isAsciiUpper(b) : TWO_UPPER.test(text);
}
