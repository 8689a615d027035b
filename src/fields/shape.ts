/** Shape tests shared by the field parsers: word counts, prose, heading-shaped lines. */
import { isAsciiAlnum } from './chars.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { NOT_HEADLINE_PATTERNS } from './vocab/headlines.js';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OTHER_LETTER_FIRST = /^\p{Lo}/u;
const HEADING_START = /^[\p{Lu}\p{N}"“‘'«¿¡(\[]/u;
/** The furniture patterns as one alternation, one scan instead of ten (they all carry exactly the
 * /i flag, which test/fields/shape.test.ts checks). */
const NOT_HEADLINE = new RegExp(NOT_HEADLINE_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'i');
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Words, counting two characters of an unspaced script as one word. */
export function wordCountOf(text: string): number {
  // -1 when a character of the blocks that hold the unspaced scripts is present (typographic quotes
  // and dashes are not): only then can there be one, and only then is the script regex run.
  const spaced = spacedWords(text, true);
  if (spaced >= 0) return spaced;
  if (!HAS_UNSPACED.test(text)) return spacedWords(text, false);
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !UNSPACED.test(w)).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return words + Math.floor(unspaced / 2);
}

/**
 * Whether a UTF-16 code unit may belong to Han, Hiragana, Katakana or Thai: the Thai block, the CJK
 * blocks (U+2E80–U+9FFF), compatibility ideographs, half-width forms, and surrogates (the astral
 * ideographs). Every character of those scripts is in these ranges (checked over the whole BMP).
 */
function mayBeUnspaced(c: number): boolean {
  return (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
}

/** Runs of non-space characters that hold a letter or digit (a fast loop: this runs on every block).
 * With `stopAtUnspaced`, -1 as soon as a character that may belong to an unspaced script appears. */
function spacedWords(text: string, stopAtUnspaced: boolean): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 0x0e00 && stopAtUnspaced && mayBeUnspaced(c)) return -1;
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (space) {
      if (inWord && hasAlnum) count++;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      // ASCII letters and digits; beyond ASCII, only letters and digits of other scripts.
      if (isAsciiAlnum(c)) hasAlnum = true;
      else if (c > 127 && !hasAlnum && LETTER_OR_DIGIT.test(text[i]!)) hasAlnum = true;
    }
  }
  return count;
}

/** Hangul syllables, and how many of them a Korean sentence of running text holds at least. */
const HANGUL_SYLLABLES = /[\uac00-\ud7a3]/gu;
const KOREAN_PROSE_SYLLABLES = 30;

/** A paragraph of running text: many words and a sentence ending. */
export function isProse(text: string): boolean {
  if (!/[.!?"”’)…:。！？।॥؟۔]\s*$/u.test(text.trim())) return false;
  // Korean words are long (a word and its particles run together): a sentence of a dozen words
  // holds thirty syllables or more.
  return wordCountOf(text) >= 20 || (text.match(HANGUL_SYLLABLES) ?? []).length >= KOREAN_PROSE_SYLLABLES;
}

/** Short, single line, capitalised or non-Latin, no full stop at the end, not page furniture. */
export const headingShaped = (text: string): boolean => headingShapedCounting(text, wordCountOf);

/** The first test of headingShaped, and the cheapest: a heading is one line, and short. */
export const mayBeHeading = (text: string): boolean => text.length <= FIELD_DEFAULTS.headlineMaxChars && !text.includes('\n');

/**
 * headingShaped, where `words` counts the words of the trimmed line: a caller that keeps the
 * block's word count passes it (trimming changes no count: the ends it removes are whitespace).
 */
export function headingShapedCounting(text: string, words: (line: string) => number): boolean {
  // Cheap tests first: this runs on every block of a page. All of them must pass, so their order
  // does not change the answer.
  if (!mayBeHeading(text)) return false;
  const line = text.trim();
  if (line === '') return false;
  if (!HEADING_START.test(line) && !OTHER_LETTER_FIRST.test(line)) return false;
  if (/[.,;:。，、；：．]$/u.test(line) && !/(?:\.\.\.|…|[A-Z]\.)$/u.test(line)) return false;
  if (/^https?:\/\//i.test(line) || /^[|•·]/u.test(line)) return false;
  const count = words(line);
  if (count < FIELD_DEFAULTS.headlineMinWords || count > FIELD_DEFAULTS.headlineMaxWords) return false;
  return !NOT_HEADLINE.test(line);
}
