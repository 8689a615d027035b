/**
 * Word tokens by table lookup: the one tokenisation every per-block measure shares. A token is a
 * run of letters and digits (by UTF-16 code unit: Latin, Greek, Cyrillic … through Hangul and
 * CJK; general and CJK punctuation excluded), optionally followed by an apostrophe and a run of
 * Latin letters ("don't", "l’homme"). Counting walks the lower-cased text once and allocates no
 * token; `wordsOf` materialises the tokens only for the few blocks whose content words are compared.
 */
import { BY_WORD } from '../rules/stopwords.js';
import { NO_SCRIPT, SCRIPTS, scriptCode, scriptCounts, type Script } from './scripts.js';
import { NO_BREAK_CODES } from '../segment/text.js';

/** The word characters, as ranges of code units (the character class of the former WORD regex). */
const WORD_RANGES: readonly [number, number][] = [
  [0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba],
  [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2ff], [0x370, 0x37d], [0x37f, 0x1fff], [0x2c00, 0x2fff],
  [0x3040, 0xd7ff], [0xf900, 0xfdff], [0xfe70, 0xfefe], [0xff10, 0xff19], [0xff21, 0xff3a],
  [0xff41, 0xff5a], [0xff66, 0xffdc],
];
/** Letters allowed after an apostrophe inside a token. */
const TAIL_RANGES: readonly [number, number][] = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]];

const WORD_CHAR = 1;
const TAIL_CHAR = 2;
/** Per code unit: WORD_CHAR | TAIL_CHAR bits. */
const CLASS = new Uint8Array(0x10000);
for (const [a, b] of WORD_RANGES) for (let c = a; c <= b; c++) CLASS[c] |= WORD_CHAR;
for (const [a, b] of TAIL_RANGES) for (let c = a; c <= b; c++) CLASS[c] |= TAIL_CHAR;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** End (exclusive) of the token starting at `start` of `s` (s[start] is a word character). */
function tokenEnd(s: string, start: number): number {
  const n = s.length;
  let j = start + 1;
  while (j < n && CLASS[s.charCodeAt(j)] & WORD_CHAR) j++;
  const q = j < n ? s.charCodeAt(j) : 0;
  if ((q === APOSTROPHE || q === RIGHT_QUOTE) && j + 1 < n && CLASS[s.charCodeAt(j + 1)] & TAIL_CHAR) {
    j += 2;
    while (j < n && CLASS[s.charCodeAt(j)] & TAIL_CHAR) j++;
  }
  return j;
}

/** Lower-cased word tokens of a text. */
export const wordsOf = (text: string): string[] => longWordsOf(text, 1);

/** The lower-cased word tokens of a text at least `min` units long (shorter ones are never cut out). */
export function longWordsOf(text: string, min: number): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!(CLASS[s.charCodeAt(i)] & WORD_CHAR)) {
      i++;
      continue;
    }
    const end = tokenEnd(s, i);
    if (end - i >= min) out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/**
 * A fixed set of lower-case words, looked up by position in a string without slicing it: an
 * open-addressing table over a multiplicative hash of the code units. Each word carries a bit mask
 * (e.g. the stop-word lists it belongs to).
 */
export class WordIndex {
  readonly #slots: Int32Array;
  readonly #words: string[] = [''];
  readonly #masks: number[] = [0];
  /** Per word (index as in #words, from 1): its hash, to reject a probe before comparing units. */
  readonly #hashes: Int32Array;
  readonly #mask: number;
  /** The longest word's length: a longer token is never looked up. */
  readonly #longest: number;
  /** The tally (see `tally`): hits per word, and the words hit (#tallied of them). */
  readonly #counts: Int32Array;
  readonly #hit: Int32Array;
  #tallied = 0;
  /** Bits used by the masks: a caller's counters per mask bit span this many slots. */
  readonly width: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let all = 0;
    let longest = 0;
    for (const [word, bits] of entries) {
      all |= bits;
      longest = Math.max(longest, word.length);
    }
    this.width = 32 - Math.clz32(all);
    this.#longest = longest;
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    this.#hashes = new Int32Array(entries.size + 1);
    this.#counts = new Int32Array(entries.size + 1);
    this.#hit = new Int32Array(entries.size);
    for (const [word, bits] of entries) {
      const hash = hashOf(word, 0, word.length);
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#hashes[this.#words.length] = hash;
      this.#slots[slot] = this.#words.length;
      this.#words.push(word);
      this.#masks.push(bits);
    }
  }

  /**
   * Counts one hit of the word lower-cased s[start, end) (see `lowerCode`; a token `scanText` has
   * read) when it is in the set; `hash` is its hash. The hits are kept per word until
   * `spreadTally` adds them per mask bit (a block's commonest words are hit many times, and a
   * word's mask has several bits).
   */
  tally(s: string, start: number, end: number, hash: number): void {
    if (end - start > this.#longest) return;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const k = this.#slots[slot];
      if (k === 0) return;
      if (this.#hashes[k] !== (hash | 0)) continue;
      const word = this.#words[k];
      if (word.length !== end - start || !sameFolded(word, s, start)) continue;
      if (this.#counts[k]++ === 0) this.#hit[this.#tallied++] = k;
      return;
    }
  }

  /** Adds the tally to `hits[base + bit]` for each bit of each word's mask, and clears it. */
  spreadTally(hits: Int32Array, base: number): void {
    for (let t = 0; t < this.#tallied; t++) {
      const k = this.#hit[t];
      const n = this.#counts[k];
      // Set bits only (a word of a late list would walk every bit below it).
      for (let bits = this.#masks[k]; bits !== 0; bits &= bits - 1) hits[base + 31 - Math.clz32(bits & -bits)] += n;
      this.#counts[k] = 0;
    }
    this.#tallied = 0;
  }

  /** Clears the tally without adding it anywhere. */
  clearTally(): void {
    for (let t = 0; t < this.#tallied; t++) this.#counts[this.#hit[t]] = 0;
    this.#tallied = 0;
  }

  /** The mask of the word s[start, end), or 0 when it is not in the set. */
  maskAt(s: string, start: number, end: number, hash: number): number {
    let slot = hash & this.#mask;
    for (;;) {
      const k = this.#slots[slot];
      if (k === 0) return 0;
      const word = this.#words[k];
      if (word.length === end - start && s.startsWith(word, start)) return this.#masks[k];
      slot = (slot + 1) & this.#mask;
    }
  }
}

const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;
const hashEnd = (h: number): number => (h ^ (h >>> 15)) >>> 0;

function hashOf(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = hashStep(h, s.charCodeAt(i));
  return hashEnd(h);
}

/**
 * Counts the tokens of `text` (lower-cased, as `wordsOf` reads them) and, for each bit of the
 * index's masks, how many tokens carry it: `hits[base + bit]` is incremented. Returns the count.
 */
export function countWords(text: string, index: WordIndex, hits: Int32Array, base: number): number {
  const s = text.toLowerCase();
  const n = s.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    if (!(CLASS[s.charCodeAt(i)] & WORD_CHAR)) {
      i++;
      continue;
    }
    const end = tokenEnd(s, i);
    words++;
    let bits = index.maskAt(s, i, end, hashOf(s, i, end));
    for (; bits !== 0; bits &= bits - 1) hits[base + 31 - Math.clz32(bits & -bits)]++;
    i = end;
  }
  return words;
}

/** The stop-word lists, looked up inside a string without slicing the word out (bit l: STOPLIST_LANGS[l]). */
export const STOP_INDEX = new WordIndex(BY_WORD);

/**
 * `word` (lower case) equals s[start, start + word.length) lower-cased, read from the INFO table:
 * only for units `scanText` has read (their entries are filled).
 */
function sameFolded(word: string, s: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== (INFO[s.charCodeAt(start + k)] & LOWER_BITS)) return false;
  return true;
}

/**
 * Lower case of one code unit as `toLowerCase` maps it inside a string, or -1 when it cannot be
 * read one unit at a time: its lower case is longer (U+0130) or falls in another token class.
 * Read once per unit, when its INFO entry is filled.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  const s = String.fromCharCode(c).toLowerCase();
  const d = s.charCodeAt(0);
  return s.length === 1 && CLASS[d] === CLASS[c] ? d : -1;
}

export interface Scanned {
  scripts: Partial<Record<Script, number>>;
  /** Word tokens, as `wordsOf` cuts them. */
  tokens: number;
  /** Letters of every script together (the sum of `scripts`). */
  letters: number;
  /** Bit k: the text has letters of SCRIPTS[k]. */
  scriptMask: number;
  /** Whether the text holds a no-break space. */
  noBreak: boolean;
}

/**
 * What the block scan needs of one code unit, in one table entry filled on first use: its lower
 * case as `lowerCode` gives it (the unit itself when it cannot be read one unit at a time,
 * flagged UNFOLDABLE), the token class of that, and its script: a Latin flag apart (most letters
 * are Latin, counted in a local variable), or 1 + the index in SCRIPTS of another.
 */
const INFO = new Int32Array(0x10000);
const LOWER_BITS = 0xffff;
const CLASS_SHIFT = 16;
const INFO_WORD = WORD_CHAR << CLASS_SHIFT;
const INFO_TAIL = TAIL_CHAR << CLASS_SHIFT;
const UNFOLDABLE = 1 << 18;
const KNOWN = 1 << 19;
const LATIN_SHIFT = 20;
/** A no-break space (NO_BREAK_CODES): the scan tells whether a block holds one at no cost. */
const NO_BREAK = 1 << 21;
const SCRIPT_SHIFT = 22;
function infoSlow(c: number): number {
  let lower = lowerCode(c);
  const unfoldable = lower < 0 ? UNFOLDABLE : 0;
  if (lower < 0) lower = c;
  const s = scriptCode(c);
  const script = s === 1 ? 1 << LATIN_SHIFT : s === NO_SCRIPT ? 0 : s << SCRIPT_SHIFT;
  const noBreak = NO_BREAK_CODES.includes(c) ? NO_BREAK : 0;
  return (INFO[c] = KNOWN | script | unfoldable | noBreak | (CLASS[lower] << CLASS_SHIFT) | lower);
}
for (let c = 0; c < 0x80; c++) infoSlow(c);

/** Letters per script other than Latin of the block being scanned (zeroed after each scan that counts any). */
const OTHER_LETTERS = new Int32Array(SCRIPTS.length);

/**
 * One pass over a block's text: letters per script (as `countScripts`), word tokens (as
 * `wordsOf`, without making them) and, for each bit of `index`'s masks, how many tokens carry it
 * (added to `hits[base + bit]`, which the caller zeroes). Each code unit is read once, with one
 * table look-up. `letters`, when given, gets the letters per script added (index k: SCRIPTS[k]).
 */
export function scanText(text: string, index: WordIndex, hits: Int32Array, base: number, letters?: Int32Array): Scanned {
  const n = text.length;
  let tokens = 0;
  let latin = 0;
  // Letters of the other scripts (index k: SCRIPTS[k]), counted in OTHER_LETTERS when there are any.
  let rest: Int32Array | null = null;
  let unfoldable = 0;
  // The token being read: its start, hash and the class that continues it (0: between tokens).
  let start = 0;
  let h = 0;
  let cls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let info = INFO[c];
    if (info === 0) info = infoSlow(c);
    latin += (info >>> LATIN_SHIFT) & 1;
    if (info >>> SCRIPT_SHIFT !== 0) (rest = OTHER_LETTERS)[(info >>> SCRIPT_SHIFT) - 1]++;
    unfoldable |= info;
    if (info & cls) {
      h = hashStep(h, info & LOWER_BITS);
      continue;
    }
    if (cls !== 0) {
      // An apostrophe then a tail letter continues a run of word characters ("don't").
      if (cls === INFO_WORD && (c === APOSTROPHE || c === RIGHT_QUOTE) && i + 1 < n && isTail(text.charCodeAt(i + 1))) {
        cls = INFO_TAIL;
        h = hashStep(h, c);
        continue;
      }
      tokens++;
      index.tally(text, start, i, hashEnd(h));
      cls = 0;
    }
    if (info & INFO_WORD) {
      start = i;
      h = hashStep(0, info & LOWER_BITS);
      cls = INFO_WORD;
    }
  }
  if (cls !== 0) {
    tokens++;
    index.tally(text, start, n, hashEnd(h));
  }
  if (unfoldable & UNFOLDABLE) {
    // A character whose lower case is not one unit of the same class: tokenise the lower-cased text.
    index.clearTally();
    tokens = countWords(text, index, hits, base);
  } else {
    index.spreadTally(hits, base);
  }
  let all = latin;
  let scriptMask = latin ? 1 : 0;
  if (rest)
    for (let k = 1; k < SCRIPTS.length; k++) {
      if (!rest[k]) continue;
      all += rest[k];
      scriptMask |= 1 << k;
      if (letters) letters[k] += rest[k];
    }
  if (letters) letters[0] += latin;
  const scripts = scriptCounts(latin, rest);
  rest?.fill(0);
  return { scripts, tokens, letters: all, scriptMask, noBreak: (unfoldable & NO_BREAK) !== 0 };
}

/** The unit may follow an apostrophe inside a token (its lower case is a tail letter). */
function isTail(c: number): boolean {
  let info = INFO[c];
  if (info === 0) info = infoSlow(c);
  return (info & (INFO_TAIL | UNFOLDABLE)) === INFO_TAIL;
}
