/** Shape tests shared by the field parsers: word counts, prose, heading-shaped lines. */
import { FIELD_DEFAULTS } from './defaults.js';
import { NOT_HEADLINE_PATTERNS } from './vocab/headlines.js';

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Words, counting two characters of an unspaced script as one word. */
export function wordCountOf(text: string): number {
  const spaced = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).filter((w) => !UNSPACED.test(w)).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return spaced + Math.floor(unspaced / 2);
}

/** A paragraph of running text: many words and a sentence ending. */
export function isProse(text: string): boolean {
  return wordCountOf(text) >= 20 && /[.!?"”’)…:。！？]\s*$/u.test(text.trim());
}

/** Short, single line, capitalised or non-Latin, no full stop at the end, not page furniture. */
export function headingShaped(text: string): boolean {
  const line = text.trim();
  if (line === '' || line.includes('\n')) return false;
  const words = wordCountOf(line);
  if (words < FIELD_DEFAULTS.headlineMinWords || words > FIELD_DEFAULTS.headlineMaxWords) return false;
  if (/[.,;:]$/u.test(line) && !/(?:\.\.\.|…|[A-Z]\.)$/u.test(line)) return false;
  if (/^https?:\/\//i.test(line) || /^[|•·]/u.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«¿¡(\[]/u.test(line) && !/^\p{Lo}/u.test(line)) return false;
  return !NOT_HEADLINE_PATTERNS.some((p) => p.test(line));
}
