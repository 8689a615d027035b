/** Shape tests shared by the field parsers: word counts, prose, heading-shaped lines. */
import { FIELD_DEFAULTS } from './defaults.js';
import { NOT_HEADLINE_PATTERNS } from './vocab/headlines.js';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Words, counting two characters of an unspaced script as one word. */
export function wordCountOf(text: string): number {
  if (!HAS_UNSPACED.test(text)) return spacedWords(text);
  const spaced = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !UNSPACED.test(w)).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return spaced + Math.floor(unspaced / 2);
}

/** Runs of non-space characters that hold a letter or digit (a fast loop: this runs on every block). */
function spacedWords(text: string): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
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
  // Cheap tests first: this runs on every block of a page.
  if (text.length > FIELD_DEFAULTS.headlineMaxChars || text.includes('\n')) return false;
  const line = text.trim();
  if (line === '') return false;
  const words = wordCountOf(line);
  if (words < FIELD_DEFAULTS.headlineMinWords || words > FIELD_DEFAULTS.headlineMaxWords) return false;
  if (/[.,;:]$/u.test(line) && !/(?:\.\.\.|…|[A-Z]\.)$/u.test(line)) return false;
  if (/^https?:\/\//i.test(line) || /^[|•·]/u.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«¿¡(\[]/u.test(line) && !/^\p{Lo}/u.test(line)) return false;
  return !NOT_HEADLINE_PATTERNS.some((p) => p.test(line));
}
