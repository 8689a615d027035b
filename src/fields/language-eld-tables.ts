/**
 * eld's n-gram tables in a flat form for fast lookups, built once when the detector loads.
 *
 * eld (Efficient Language Detector, https://github.com/nitotm/efficient-language-detector-js,
 * Copyright 2023 Nito T.M., Apache-2.0) stores, for every n-gram (a string of at most 6 characters,
 * each a UTF-8 byte mapped through eld's byte dictionary), an object of language → score. eld scores
 * a text with a `for…in` over each of those objects. Here the same tables become an open-addressing
 * hash from the n-gram (packed into two integers) to a run of (language, score) pairs in typed
 * arrays; n-grams that do not pack (longer than 6 characters, none in eld's tables) go to a Map.
 * The values are eld's own: the tables, its byte dictionary, its separator regex and its average
 * scores are read from eld itself (see language.ts), never copied. `flattenTables` reads them into
 * typed arrays (in a built bundle, at build time: see language-eld-pack.ts and tsup.config.ts);
 * `indexTables` adds the hash.
 */

/** What eld supplies: its data file, byte dictionary, separator regex and per-language average scores. */
export interface EldSources {
  data: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
  dictionary: readonly string[];
  separators: RegExp;
  avgScore: Record<string, number>;
}

/** eld's constants (languageDetector.js, LanguageResult.js). */
export const ELD = {
  /** detect() reads the first 1,000 UTF-16 code units. */
  maxChars: 1000,
  /** Bytes stop at the first space past 350 bytes, or after any character past 380. */
  cutAfterBytes: 350,
  enforceCutAfterBytes: 380,
  /** N-grams are taken from a word's first 70 bytes. */
  wordMaxBytes: 70,
  /** Added to every table score (eld stores scores minus 53). */
  baseNgramScore: 53,
  /** A language's score s = x / (x + 25), x its total per distinct n-gram. */
  scale: 25,
  /** Reliable: s ≥ 0.75 × the language's average score, ≥ 3 distinct n-grams, a margin of 0.01. */
  thresholdRatio: 0.75,
  minNgrams: 3,
  minMargin: 0.01,
} as const;

/** A code unit's class under eld's separator regex: a letter, an apostrophe (kept at a run's end), or a separator. */
const SEPARATOR = 0;
export const LETTER = 1;
export const APOSTROPHE = 2;

/** eld's data as typed arrays, n-gram by n-gram. */
export interface FlatTables {
  /** ISO 639-1 code by language index. */
  languages: string[];
  /** eld's average score of a correct detection, by language index (NaN where eld has none). */
  avgScore: number[];
  /** The character code eld writes for each UTF-8 byte (ASCII bytes stand for themselves). */
  byteChar: Uint8Array;
  /** SEPARATOR, LETTER or APOSTROPHE by UTF-16 code unit. */
  charClass: Uint8Array;
  /** n-gram i packed (packLo, packHi); gramHi[i] = -1 for an n-gram that does not pack (see `long`). */
  gramLo: Int32Array;
  gramHi: Int32Array;
  /** n-gram i's pairs are pairLang/pairScore[pairStart[i] .. pairStart[i + 1]). */
  pairStart: Int32Array;
  pairLang: Uint8Array;
  pairScore: Int32Array;
  /** n-grams that do not pack, with their index. */
  long: [string, number][];
}

/** The tables as detection reads them: few cache lines per n-gram (detection runs between other work that evicts them). */
export interface EldTables {
  languages: string[];
  avgScore: number[];
  byteChar: Uint8Array;
  charClass: Uint8Array;
  /** Each letter's lower case, filled on first use (see learnLower). */
  lower: Uint16Array;
  /** Open-addressing hash, 4 integers a slot: lo, hi (0: empty), first pair, end of pairs. */
  records: Int32Array;
  /** (language, score) pairs, each one integer: language | score << 8. */
  pairs: Int32Array;
  /** n-grams that do not pack: their pairs' [first, end). */
  long: Map<string, [number, number]>;
}

/** An n-gram of at most 6 codes, each < 256, packs into two integers (its length included, so no two collide). */
export const PACKED_MAX = 6;

/** The first 4 character codes of an n-gram string (each < 256). */
function packLo(gram: string, length: number): number {
  let lo = 0;
  for (let i = 0; i < length && i < 4; i++) lo |= gram.charCodeAt(i) << (8 * i);
  return lo;
}

/** The n-gram's length and its 5th and 6th character codes. */
function packHi(gram: string, length: number): number {
  let hi = length << 16;
  for (let i = 4; i < length; i++) hi |= gram.charCodeAt(i) << (8 * (i - 4));
  return hi;
}

/** A 32-bit hash of a packed n-gram (murmur3's finaliser: every input bit reaches the low bits used as slots). */
export function hashOf(lo: number, hi: number): number {
  let h = lo ^ Math.imul(hi, 0x27d4eb2d);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The offset in `records` of the slot holding (lo, hi), or of the empty slot where it would go. */
export function findRecord(records: Int32Array, lo: number, hi: number): number {
  const mask = (records.length >> 2) - 1;
  for (let s = hashOf(lo, hi) & mask; ; s = (s + 1) & mask) {
    const at = s << 2;
    const h = records[at + 1];
    if (h === 0 || (h === hi && records[at] === lo)) return at;
  }
}

/**
 * Every code unit c that `separators` (eld's own regex, `[^letters]+(?<!['`’])`, global) removes
 * from the probe "c" + follower, repeated for all 65,536 c: "ca" where c stays, "a" where it goes.
 */
function removed(separators: RegExp, follower: string): Uint8Array {
  const stride = 1 + follower.length;
  const units = new Uint16Array(0x10000 * stride);
  for (let c = 0; c < 0x10000; c++) {
    units[c * stride] = c;
    for (let k = 0; k < follower.length; k++) units[c * stride + 1 + k] = follower.charCodeAt(k);
  }
  let probe = '';
  for (let i = 0; i < units.length; i += 0x8000) probe += String.fromCharCode.apply(null, units.subarray(i, i + 0x8000) as unknown as number[]);
  const out = probe.replace(separators, '');
  const gone = new Uint8Array(0x10000);
  for (let c = 0, p = 0; c < 0x10000; c++) {
    if (out.charCodeAt(p) === c && out.charCodeAt(p + 1) === 0x61) p += 2;
    else if (out.charCodeAt(p) === 0x61) (gone[c] = 1), p++;
    else throw new Error('eld tables: unexpected separator regex');
  }
  return gone;
}

/**
 * Each UTF-16 code unit's class under eld's separator regex, probed with the regex itself: a
 * separator other than an apostrophe is removed before a letter ("c" + "a"), anything but a letter
 * is removed before a space ("c" + " a": the run "c " ends in a space).
 */
function classify(separators: RegExp): Uint8Array {
  const beforeLetter = removed(separators, 'a');
  const beforeSpace = removed(separators, ' a');
  const classes = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    classes[c] = beforeSpace[c] === 0 ? LETTER : beforeLetter[c] === 1 ? SEPARATOR : APOSTROPHE;
  }
  return classes;
}

export function flattenTables(src: EldSources): FlatTables {
  const languages: string[] = [];
  for (const [index, code] of Object.entries(src.data.languages)) languages[Number(index)] = code;
  if (languages.length > 256) throw new Error('eld tables: more than 256 languages');
  const byteChar = new Uint8Array(256);
  for (let b = 0; b < 256; b++) byteChar[b] = b < 0x80 ? b : src.dictionary[b].charCodeAt(0);
  const grams = Object.keys(src.data.ngrams);
  const gramLo = new Int32Array(grams.length);
  const gramHi = new Int32Array(grams.length);
  const pairStart = new Int32Array(grams.length + 1);
  const long: [string, number][] = [];
  const langs: number[] = [];
  const scores: number[] = [];
  for (let index = 0; index < grams.length; index++) {
    const gram = grams[index];
    const row = src.data.ngrams[gram];
    pairStart[index] = langs.length;
    for (const lang of Object.keys(row)) {
      langs.push(+lang);
      scores.push(row[lang]);
    }
    let packs = gram.length <= PACKED_MAX;
    for (let i = 0; i < gram.length && packs; i++) packs = gram.charCodeAt(i) <= 0xff;
    gramLo[index] = packs ? packLo(gram, gram.length) : 0;
    gramHi[index] = packs ? packHi(gram, gram.length) : -1;
    if (!packs) long.push([gram, index]);
  }
  pairStart[grams.length] = langs.length;
  return {
    languages,
    avgScore: languages.map((code) => src.avgScore[code] ?? Number.NaN),
    byteChar,
    charClass: classify(src.separators),
    gramLo,
    gramHi,
    pairStart,
    pairLang: Uint8Array.from(langs),
    pairScore: Int32Array.from(scores),
    long,
  };
}

// In `lower`, 0 (a fresh array's fill) is a letter not looked up yet: no letter lower-cases to
// U+0000, and encodeDirect's `lower[c] || learnLower(lower, c)` relies on it.
/** In `lower`: a letter whose lower case is not one code unit, or depends on its neighbours (Σ, İ). */
export const LOWER_CONTEXTUAL = 0xffff;

/**
 * A letter's lower case as `lower` keeps it: the code unit, where it is one (not a surrogate) and the
 * same before and after a letter or a space (this runtime's toLowerCase, as eld lower-cases), else
 * LOWER_CONTEXTUAL. Looked up on a letter's first use.
 */
export function learnLower(lower: Uint16Array, letter: number): number {
  const c = String.fromCharCode(letter);
  const low = c.toLowerCase();
  const code = low.charCodeAt(0);
  const one = low.length === 1 && (code < 0xd800 || code >= 0xe000) && code !== LOWER_CONTEXTUAL;
  const stable = [' ', 'a'].every((before) => [' ', 'a'].every((after) => (before + c + after).toLowerCase() === before + low + after));
  return (lower[letter] = one && stable ? code : LOWER_CONTEXTUAL);
}

export function indexTables(flat: FlatTables): EldTables {
  let size = 1024;
  while (size < flat.gramLo.length * 2.5) size *= 2;
  const records = new Int32Array(size * 4);
  const pairs = new Int32Array(flat.pairLang.length);
  for (let p = 0; p < pairs.length; p++) {
    if (Math.abs(flat.pairScore[p]) >= 1 << 22) throw new Error('eld tables: a score out of range');
    pairs[p] = flat.pairLang[p] | (flat.pairScore[p] << 8);
  }
  const long = new Map<string, [number, number]>();
  for (const [gram, index] of flat.long) long.set(gram, [flat.pairStart[index], flat.pairStart[index + 1]]);
  for (let index = 0; index < flat.gramLo.length; index++) {
    const lo = flat.gramLo[index];
    const hi = flat.gramHi[index];
    if (hi === -1) continue;
    const at = findRecord(records, lo, hi);
    records[at] = lo;
    records[at + 1] = hi;
    records[at + 2] = flat.pairStart[index];
    records[at + 3] = flat.pairStart[index + 1];
  }
  const { languages, avgScore, byteChar, charClass } = flat;
  return { languages, avgScore, byteChar, charClass, lower: new Uint16Array(0x10000), records, pairs, long };
}
