/** Shape tests shared by the field parsers: word counts, prose, heading-shaped lines. */
import { FIELD_DEFAULTS } from './defaults.js';
import { NOT_HEADLINE_PATTERNS } from './vocab/headlines.js';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OTHER_LETTER_FIRST = /^\p{Lo}/u;
const HEADING_START = /^[\p{Lu}\p{N}"“‘'«¿¡(\[]/u;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Words, counting two characters of an unspaced script as one word. */
export function wordCountOf(text: string): number {
  // -1 when a character at or above U+0E00 (Thai, the first unspaced script) is present: only then
  // can there be an unspaced script, and only then is the script regex run.
  const spaced = spacedWords(text, true);
  if (spaced >= 0) return spaced;
  if (!HAS_UNSPACED.test(text)) return spacedWords(text, false);
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !UNSPACED.test(w)).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return words + Math.floor(unspaced / 2);
}

/** Runs of non-space characters that hold a letter or digit (a fast loop: this runs on every block).
 * With `stopAtUnspaced`, -1 as soon as a character that may belong to an unspaced script appears. */
function spacedWords(text: string, stopAtUnspaced: boolean): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 0x0e00 && stopAtUnspaced) return -1;
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (space) {
      if (inWord && hasAlnum) count++;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      // ASCII letters and digits; beyond ASCII, only letters and digits of other scripts.
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) hasAlnum = true;
      else if (c > 127 && !hasAlnum && LETTER_OR_DIGIT.test(text[i]!)) hasAlnum = true;
    }
  }
  return count;
}

/** A paragraph of running text: many words and a sentence ending. */
export function isProse(text: string): boolean {
  return wordCountOf(text) >= 20 && /[.!?"”’)…:。！？]\s*$/u.test(text.trim());
}

/** Short, single line, capitalised or non-Latin, no full stop at the end, not page furniture. */
export function headingShaped(text: string): boolean {
  // Cheap tests first: this runs on every block of a page. All of them must pass, so their order
  // does not change the answer.
  if (text.length > FIELD_DEFAULTS.headlineMaxChars || text.includes('\n')) return false;
  const line = text.trim();
  if (line === '') return false;
  if (!HEADING_START.test(line) && !OTHER_LETTER_FIRST.test(line)) return false;
  if (/[.,;:]$/u.test(line) && !/(?:\.\.\.|…|[A-Z]\.)$/u.test(line)) return false;
  if (/^https?:\/\//i.test(line) || /^[|•·]/u.test(line)) return false;
  const words = wordCountOf(line);
  if (words < FIELD_DEFAULTS.headlineMinWords || words > FIELD_DEFAULTS.headlineMaxWords) return false;
  return !NOT_HEADLINE_PATTERNS.some((p) => p.test(line));
}
