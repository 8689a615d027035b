/**
 * Per-block features, measured once: the evidence every decision quotes. No DOM, no context.
 */
import type { Block } from '../blocks/types.js';
import { SETTINGS } from '../rules/settings.js';
import { densityFactor } from '../rules/stopwords.js';
import { countScripts, type Script } from './scripts.js';
import { longWordsOf, wordsOf } from './tokens.js';

export { countScripts, scriptOf, type Script } from './scripts.js';
export { wordsOf };

export interface Features {
  chars: number;
  /** Length for the length thresholds: characters, with a CJK character counting as CJK_CHAR_WEIGHT. */
  length: number;
  /** Mostly letters of a script written without spaces between words: Chinese, Japanese (and Korean, counted with them), Thai. */
  cjk: boolean;
  /** Word tokens (see tokens.ts); for scripts without spaces one word per two characters. */
  wordCount: number;
  /** Share of words that are stop words of the document's language, divided by that list's density factor (rules/stopwords.ts): 0 up, about 0–1. */
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
const CJK_RUN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}/gu;
/** Thai letters (and its vowel and tone marks): written without spaces between words, like CJK. */
const THAI_RUN = /[\u0e00-\u0e7f]{3,}/gu;
/** Thai puts a space where other scripts put a comma or a full stop: between two Thai letters it marks a clause. */
const THAI_CLAUSE_BREAK = /[\u0e00-\u0e7f]\s[\u0e00-\u0e7f]/u;
/** A Thai word runs to about this many letters (counted for word counts, since no space shows it). */
const THAI_LETTERS_PER_WORD = 5;
/** Thai letters that make a sentence even without a space in it (a teaser title runs to 20–50). */
const THAI_SENTENCE_LETTERS = 60;

/** Ends like a sentence: the last character that is not a closing quote or bracket is . ! ? or a CJK full stop. */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && ENDING[text.charCodeAt(i)] === CLOSER) i--;
  return i >= 0 && ENDING[text.charCodeAt(i)] === ENDER;
}
const CLOSERS = ['"', "'", '”', '’', '»', ')', ']'];
// The Devanagari danda and double danda (Hindi, Marathi, Nepali), the Arabic question mark, the Urdu full stop.
const ENDERS = ['.', '!', '?', '。', '！', '？', '…', '।', '॥', '؟', '۔'];
/** Per code unit: CLOSER, ENDER or 0 (one look-up per character read, every block's last ones). */
const CLOSER = 1;
const ENDER = 2;
const ENDING = new Uint8Array(0x10000);
for (const c of CLOSERS) ENDING[c.charCodeAt(0)] = CLOSER;
for (const c of ENDERS) ENDING[c.charCodeAt(0)] = ENDER;

/** Only ASCII digits (as /^\d+$/; a token is never empty). */
function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return w.length > 0;
}

function contentWords(words: string[], stop: ReadonlySet<string>, text: string, isCjk: boolean): Set<string> {
  const content = new Set<string>();
  for (const w of words) {
    if (w.length >= SETTINGS.minContentWordLength && !stop.has(w) && !allDigits(w)) content.add(w);
  }
  // Without spaces, content "words" are character bigrams of the CJK runs and trigrams of the Thai
  // ones (Thai letters are an alphabet: a pair of them is too common to carry a topic).
  if (isCjk) {
    for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) content.add(run.slice(i, i + 2));
    for (const run of text.match(THAI_RUN) ?? []) for (let i = 0; i + 2 < run.length; i++) content.add(run.slice(i, i + 3));
  }
  return content;
}

/**
 * The measured features. A class (not an object literal with a getter) so that every block's
 * features share one shape; content words (and the word tokens they need) are computed on first
 * use, only for blocks whose topic is compared.
 */
class Measured implements Features {
  chars: number;
  length: number;
  cjk: boolean;
  wordCount: number;
  stopDensity: number;
  endsSentence: boolean;
  scripts: Partial<Record<Script, number>>;
  #content: Set<string> | null = null;
  #words: string[] | null;
  readonly #stop: ReadonlySet<string>;
  readonly #text: string;

  constructor(text: string, stop: ReadonlySet<string>, counted: Counted, words: string[] | null) {
    const { scripts, letters, tokens, stopHits } = counted;
    const cjk = scripts.cjk ?? 0;
    const thai = scripts.thai ?? 0;
    const isCjk = letters > 0 && (cjk + thai) / letters > 0.5;
    this.chars = text.length;
    this.length = isCjk ? text.length + cjk * (CJK_CHAR_WEIGHT - 1) : text.length;
    this.cjk = isCjk;
    this.wordCount = isCjk ? Math.round(cjk / 2 + thai / THAI_LETTERS_PER_WORD) + (tokens - 1) : tokens;
    // Scripts without spaces have no stop-word list here: clause punctuation (a space, in Thai) stands in for it.
    // Elsewhere the share of stop words, on the scale of the languages the thresholds were tuned on.
    const clauses = isCjk && (CLAUSE_PUNCTUATION.test(text) || (thai > 0 && (thai >= THAI_SENTENCE_LETTERS || THAI_CLAUSE_BREAK.test(text))));
    this.stopDensity = isCjk ? (clauses ? SETTINGS.stopwordsHigh : 0) : tokens ? stopHits / tokens / densityFactor(stop) : 0;
    this.endsSentence = endsLikeSentence(text);
    this.scripts = scripts;
    this.#words = words;
    this.#stop = stop;
    this.#text = text;
  }

  get content(): Set<string> {
    return (this.#content ??= contentWords(this.#words ?? longWordsOf(this.#text, SETTINGS.minContentWordLength), this.#stop, this.#text, this.cjk));
  }
}

const CLAUSE_PUNCTUATION = /[。，、！？.,!?]/u;

/** What the block stage counts once per block: letters per script (and in all), word tokens, stop-word hits. */
export interface Counted {
  scripts: Partial<Record<Script, number>>;
  letters: number;
  tokens: number;
  stopHits: number;
}

/**
 * Features of `text` (the block's paragraph text) against the stop-word set `stop`. `counted` may
 * be passed when the caller already counted the same text against the same set (the block stage
 * counts every block once).
 */
export function measure(block: Block, text: string, stop: ReadonlySet<string>, counted?: Counted): Features {
  void block;
  if (counted) return new Measured(text, stop, counted, null);
  const words = wordsOf(text);
  let stopHits = 0;
  for (const w of words) if (stop.has(w)) stopHits++;
  const scripts = countScripts(text);
  let letters = 0;
  for (const k in scripts) letters += scripts[k as Script] ?? 0;
  return new Measured(text, stop, { scripts, letters, tokens: words.length, stopHits }, words);
}

/** Share of a's content words found in b (0 when a has none). */
export function overlap(a: Set<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
