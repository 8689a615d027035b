/**
 * Trimming characters of a class from the ends of a string in linear time. A regex such as
 * `/[.\s]+$/` tries every start position and scans to the end from each: quadratic on a long run
 * of those characters that does not reach the end (the ReDoS checker's attack). These loops look
 * at each character once.
 */

/** The width (1 or 2 code units) of the code point ending at `end`. */
function widthBefore(s: string, end: number): number {
  const lo = s.charCodeAt(end - 1);
  if (end >= 2 && lo >= 0xdc00 && lo <= 0xdfff) {
    const hi = s.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return 2;
  }
  return 1;
}

/** `s` without the code points at its end that `one` (a regex over one code point) matches. */
export function trimEndOf(s: string, one: RegExp): string {
  let end = s.length;
  while (end > 0) {
    const width = widthBefore(s, end);
    if (!one.test(s.slice(end - width, end))) break;
    end -= width;
  }
  return s.slice(0, end);
}

/** `s` without the code points at its start that `one` (a regex over one code point) matches. */
export function trimStartOf(s: string, one: RegExp): string {
  let start = 0;
  while (start < s.length) {
    const code = s.codePointAt(start)!;
    const width = code > 0xffff ? 2 : 1;
    if (!one.test(s.slice(start, start + width))) break;
    start += width;
  }
  return s.slice(start);
}

/** Whether a UTF-16 code unit is whitespace as `\s` and `String.prototype.trim` know it. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
