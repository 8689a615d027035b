/**
 * The cheap test before the month-name date patterns (MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_DAY in
 * dates.ts): whether a text holds a month's name where those patterns could read one. Most short
 * lines with a word before a number hold none, and the patterns then need not run.
 */
import { isAsciiLetter } from './chars.js';
import { matchesOf } from './matches.js';
import { isAsciiMonthAt, monthNumber } from './vocab/months.js';

/** A run of letters as the month-name patterns see one (their flags: under /iu a few characters
 * that are no letters, such as U+0345, fold to letters and count). */
const LETTER_RUN = /[\p{L}\p{M}]+/giu;
/** The ordinal ending DAY_MONTH_YEAR allows between the day and the month, as it reads it. */
const ORDINAL_START = /^(?:st|nd|rd|th|º)/iu;
export interface Span {
  start: number;
  end: number;
}

/** Whether start–end lies within one of `spans`. */
const within = (spans: readonly Span[], start: number, end: number): boolean => spans.some((s) => s.start <= start && end <= s.end);

/**
 * Whether a code unit may be a letter of a month's name: one that foldKey turns into ASCII letters
 * or nothing (Latin letters with accents, U+0345, the Kelvin and Angstrom signs), or a Cyrillic
 * letter, or a Devanagari letter or sign (Hindi), or a combining accent (a decomposed "März", which the
 * patterns read as one run of letters and marks). Every other letter keeps a word from being a month's name. (A test checks every code point.)
 */
export const mayBeMonthLetter = (c: number): boolean =>
  isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f) || c === 0x345 || (c >= 0x1e00 && c <= 0x1eff) || c === 0x212a || c === 0x212b || (c >= 0x400 && c <= 0x4ff) || (c >= 0x900 && c <= 0x97f) || (c >= 0x300 && c <= 0x36f);

/**
 * Whether `text` holds a month's name, as the month-name patterns read one: each captures a whole
 * run of letters (no letter before it but, in DAY_MONTH_YEAR, an ordinal ending glued to the day:
 * "22ndNov 2019"; a dot, comma or space after it) and reads a date only when `monthNumber` knows
 * it, so a text without such a run gives them nothing. Most lines with a word before a number
 * ("Image 1 of 23", "Rs 300") hold none. The runs looked at are those of characters that may
 * be a month's letters (see mayBeMonthLetter): one of ASCII letters is looked up as it is, any
 * other is split by the patterns' own letter class and folded. Runs lying
 * within one of the `outside` spans (dates already read) are passed over.
 */
export function holdsMonthWord(text: string, outside: readonly Span[] = []): boolean {
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (mayBeMonthLetter(c)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (c >= 128) ascii = false;
      continue;
    }
    if (start < 0) continue;
    if (i - start >= 2 && !within(outside, start, i) && (ascii ? asciiRunNamesMonth(text, start, i) : runNamesMonth(text.slice(start, i)))) return true;
    start = -1;
  }
  return false;
}

function asciiRunNamesMonth(text: string, start: number, end: number): boolean {
  return isAsciiMonthAt(text, start, end) || (isAsciiOrdinal(text.charCodeAt(start) | 32, text.charCodeAt(start + 1) | 32) && isAsciiMonthAt(text, start + 2, end));
}

/** "st", "nd", "rd" or "th" (lower-case character codes). */
const isAsciiOrdinal = (a: number, b: number): boolean =>
  (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);

function runNamesMonth(run: string): boolean {
  return matchesOf(LETTER_RUN, run).some((m) => {
    const ordinal = ORDINAL_START.exec(m[0]);
    return monthNumber(m[0]) !== null || (ordinal !== null && monthNumber(m[0].slice(ordinal[0].length)) !== null);
  });
}
