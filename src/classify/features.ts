/**
 * Per-block features, measured once: the evidence every decision quotes. No DOM, no context.
 */
import type { Block } from '../blocks/types.js';
import { SETTINGS } from '../rules/settings.js';

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'indic' | 'thai' | 'cjk' | 'other';

export interface Features {
  chars: number;
  /** Length for the length thresholds: characters, with a CJK character counting as CJK_CHAR_WEIGHT. */
  length: number;
  /** Mostly Chinese, Japanese or Korean letters. */
  cjk: boolean;
  /** Lower-cased word tokens (for scripts without spaces: one token per two characters, counted only). */
  words: string[];
  wordCount: number;
  /** Share of words that are stop words of the document's language (0–1). */
  stopDensity: number;
  /** Ends like a sentence (., !, ?, a closing quote after one, or CJK full stop). */
  endsSentence: boolean;
  /** Letters per script. */
  scripts: Partial<Record<Script, number>>;
  /** Content words (no stop words, at least minContentWordLength long) for topical overlap. */
  content: Set<string>;
}

/** One CJK character carries about as much text as this many Latin characters. */
export const CJK_CHAR_WEIGHT = 3;
const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)?/gu;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}/gu;
const SENTENCE_END = /[.!?。！？…]["'”’»)\]]*$/u;

export function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  if (code < 0x250) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ? 'latin' : null;
  if (code < 0x370) return null;
  if (code < 0x400) return 'greek';
  if (code < 0x530) return 'cyrillic';
  if (code >= 0x590 && code < 0x600) return 'hebrew';
  if (code >= 0x600 && code < 0x700) return 'arabic';
  if (code >= 0x900 && code < 0xe00) return 'indic';
  if (code >= 0xe00 && code < 0xe80) return 'thai';
  if (code >= 0x1e00 && code < 0x1f00) return 'latin';
  if (code >= 0x2000 && code < 0x3040) return null; // punctuation, symbols, CJK punctuation
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x3400 && code < 0xa000) || (code >= 0xac00 && code < 0xd7b0) || (code >= 0xf900 && code < 0xfb00)) return 'cjk';
  if (code >= 0xd800 && code < 0xe000) return null; // surrogate halves: rare scripts, not counted
  if (code >= 0xfe00) return null; // forms, specials
  return LETTER.test(String.fromCharCode(code)) ? 'other' : null;
}

const LETTER = /\p{L}/u;

export function countScripts(text: string): Partial<Record<Script, number>> {
  const counts: Partial<Record<Script, number>> = {};
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most text is mostly ASCII.
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) counts.latin = (counts.latin ?? 0) + 1;
      continue;
    }
    const s = scriptOf(code);
    if (s) counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

export function measure(block: Block, text: string, stop: ReadonlySet<string>, counted?: Partial<Record<Script, number>>): Features {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  const scripts = counted ?? countScripts(text);
  const cjk = scripts.cjk ?? 0;
  const letters = Object.values(scripts).reduce((a, b) => a + (b ?? 0), 0);
  const isCjk = letters > 0 && cjk / letters > 0.5;
  let stopCount = 0;
  const content = new Set<string>();
  for (const w of words) {
    if (stop.has(w)) stopCount++;
    else if (w.length >= SETTINGS.minContentWordLength && !/^\d+$/.test(w)) content.add(w);
  }
  // Without spaces, content "words" are character bigrams of the CJK runs.
  if (isCjk) for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) content.add(run.slice(i, i + 2));
  const wordCount = isCjk ? Math.round(cjk / 2) + (words.length - 1) : words.length;
  // Scripts without spaces have no stop-word list here: clause punctuation stands in for it.
  const stopDensity = isCjk ? (/[。，、！？.,!?]/u.test(text) ? SETTINGS.stopwordsHigh : 0) : words.length ? stopCount / words.length : 0;
  void block;
  const length = isCjk ? text.length + cjk * (CJK_CHAR_WEIGHT - 1) : text.length;
  return { chars: text.length, length, cjk: isCjk, words, wordCount, stopDensity, endsSentence: SENTENCE_END.test(text), scripts, content };
}

/** Share of a's content words found in b (0 when a has none). */
export function overlap(a: Set<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
