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
// Letters and digits by code-unit ranges (a non-Unicode regex is about twice as fast as \p{L}):
// Latin, Greek, Cyrillic … through Hangul and CJK; general punctuation and CJK punctuation excluded.
export const WORD = /[0-9A-Z_a-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u2C00-\u2FFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFE\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]+(?:['’][A-Za-z\u00C0-\u024F]+)?/g;
const DIGITS = /^\d+$/;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}/gu;

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

const SCRIPTS: Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'indic', 'thai', 'cjk', 'other'];
const SCRIPT_INDEX = new Map(SCRIPTS.map((s, i) => [s, i] as const));

export function countScripts(text: string): Partial<Record<Script, number>> {
  // Plain integer counters in the loop (an object with optional keys is slow to update).
  let latin = 0;
  let rest: Int32Array | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path: most text is mostly ASCII.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
      continue;
    }
    const s = scriptOf(code);
    if (s === 'latin') latin++;
    else if (s) (rest ??= new Int32Array(SCRIPTS.length))[SCRIPT_INDEX.get(s)!]++;
  }
  const counts: Partial<Record<Script, number>> = {};
  if (latin) counts.latin = latin;
  if (rest) for (let k = 1; k < SCRIPTS.length; k++) if (rest[k]) counts[SCRIPTS[k]] = rest[k];
  return counts;
}

/** Ends like a sentence: the last character that is not a closing quote or bracket is . ! ? or a CJK full stop. */
function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  return i >= 0 && ENDERS.has(text[i]);
}
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '。', '！', '？', '…']);

function contentWords(words: string[], stop: ReadonlySet<string>, text: string, isCjk: boolean): Set<string> {
  const content = new Set<string>();
  for (const w of words) {
    if (w.length >= SETTINGS.minContentWordLength && !stop.has(w) && !DIGITS.test(w)) content.add(w);
  }
  // Without spaces, content "words" are character bigrams of the CJK runs.
  if (isCjk) for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) content.add(run.slice(i, i + 2));
  return content;
}

/** Lower-cased word tokens of a text (the tokenisation every per-block measure shares). */
export const wordsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []) as string[];

/**
 * The measured features. A class (not an object literal with a getter) so that every block's
 * features share one shape; content words are computed on first use, only for blocks whose topic
 * is compared.
 */
class Measured implements Features {
  chars: number;
  length: number;
  cjk: boolean;
  words: string[];
  wordCount: number;
  stopDensity: number;
  endsSentence: boolean;
  scripts: Partial<Record<Script, number>>;
  #content: Set<string> | null = null;
  readonly #stop: ReadonlySet<string>;
  readonly #text: string;

  constructor(text: string, stop: ReadonlySet<string>, scripts: Partial<Record<Script, number>>, words: string[]) {
    const cjk = scripts.cjk ?? 0;
    let letters = 0;
    for (const k in scripts) letters += scripts[k as Script] ?? 0;
    const isCjk = letters > 0 && cjk / letters > 0.5;
    let stopCount = 0;
    for (const w of words) if (stop.has(w)) stopCount++;
    this.chars = text.length;
    this.length = isCjk ? text.length + cjk * (CJK_CHAR_WEIGHT - 1) : text.length;
    this.cjk = isCjk;
    this.words = words;
    this.wordCount = isCjk ? Math.round(cjk / 2) + (words.length - 1) : words.length;
    // Scripts without spaces have no stop-word list here: clause punctuation stands in for it.
    this.stopDensity = isCjk ? (CLAUSE_PUNCTUATION.test(text) ? SETTINGS.stopwordsHigh : 0) : words.length ? stopCount / words.length : 0;
    this.endsSentence = endsLikeSentence(text);
    this.scripts = scripts;
    this.#stop = stop;
    this.#text = text;
  }

  get content(): Set<string> {
    return (this.#content ??= contentWords(this.words, this.#stop, this.#text, this.cjk));
  }
}

const CLAUSE_PUNCTUATION = /[。，、！？.,!?]/u;

/**
 * Features of `text` (the block's paragraph text). `counted` and `words` may be passed when the
 * caller already measured them on the same text (the block stage tokenises every block once).
 */
export function measure(block: Block, text: string, stop: ReadonlySet<string>, counted?: Partial<Record<Script, number>>, words?: string[]): Features {
  void block;
  return new Measured(text, stop, counted ?? countScripts(text), words ?? wordsOf(text));
}

/** Share of a's content words found in b (0 when a has none). */
export function overlap(a: Set<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
