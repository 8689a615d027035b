/**
 * How plausible a decoded text is as running text, judged from the characters alone. Bytes read
 * in the wrong charset give words that mix scripts, change case in mid-word, are made mostly of
 * accented letters, have no vowel, or have symbols wedged between letters. Each trait costs; the
 * sniffer compares candidates by cost per high byte.
 */

/** Costs per character, named in one place. */
export const TEXT_COSTS = {
  /** U+FFFD or a C0/C1 control: the decoder found no character there. */
  undecodable: 3,
  /** A private-use character: a vendor area, never in ordinary text. */
  privateUse: 2,
  /** A letter in a word that mixes two alphabets (Latin with Cyrillic or Greek). */
  mixedScript: 1,
  /** A letter in a Latin word of two letters, both accented, or of three or more, most of them accented. */
  accentHeavyWord: 0.8,
  /** An upper-case letter after a lower-case one inside a word (`пРИВЕТ`). */
  caseFlip: 1,
  /** A letter in a word of four letters or more with no vowel. */
  voicelessWord: 0.6,
  /** A symbol or sign wedged between two letters (`a³b`, `Ð»Ñ`). */
  symbolInWord: 1,
  /** A symbol elsewhere; common punctuation (quotes, dashes, NBSP, €, £, °) is free. */
  looseSymbol: 0.2,
  /** A Cyrillic letter, per nat its letter frequencies are off from those of Cyrillic text. */
  cyrillicFrequency: 0.3,
  /** A letter in a Greek word carrying more than one accent (monotonic Greek has one per word). */
  greekAccents: 0.8,
  /** A character in a run of non-ASCII characters that holds a symbol (`‚É’u‚«`): CJK bytes read one by one. */
  symbolRun: 0.5,
  /** An accented Latin consonant standing alone as a word (`Ť`): no Latin language has one. */
  loneAccentedConsonant: 1,
  /** An accented Latin letter that the alphabet best fitting the text's other accented letters lacks. */
  foreignLetter: 0.5,
  /** A Greek final sigma inside a word. */
  finalSigmaInWord: 1,
  /** A CJK character glued to a Latin letter (`JIYANO燜IOORA`): a legacy byte read with its ASCII neighbour. */
  cjkGluedToLatin: 1,
  /** A han or kana character in a Japanese reading with almost no kana. */
  kanjiWithoutKana: 0.4,
  /** A CJK character in a run that spaces separate like words (Korean bytes read as Chinese). */
  spacedHan: 0.5,
} as const;

const FREE_PUNCTUATION = new Set([...'\u00a0«»‹›–—―‘’‚“”„…•·°€£¥¢§©®™¶†‡‰′″\u00ad×÷±']);
const VOWELS = new Set([
  ...'aeiouyAEIOUY',
  ...'àáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųŷ',
  ...'ÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŸĀĂĄĒĔĖĘĚĪĬĮİŌŎŐŒŪŬŮŰŲŶ',
  ...'аеёиоуыэюяіїєѣАЕЁИОУЫЭЮЯІЇЄѢ',
  ...'αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏ',
]);

const GREEK_ACCENTED = new Set([...'άέήίόύώϊϋΐΰΆΈΉΊΌΎΏΪΫ']);

// Letter frequencies of Russian prose (per cent), the usual table: general knowledge about the
// script, shared closely enough by the other Cyrillic languages to tell text from a permutation.
const CYRILLIC_FREQUENCY: Readonly<Record<string, number>> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4,
  к: 3.49, м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65,
  б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32,
  ф: 0.26, ъ: 0.04, ё: 0.04, і: 2.0, ї: 0.5, є: 0.4, ў: 0.5, ј: 0.5, љ: 0.3, њ: 0.3, ђ: 0.2, ћ: 0.3, џ: 0.1, ґ: 0.1, ѕ: 0.1,
};
/** Mean -ln p per letter of ordinary Cyrillic prose is about 3.0 nats; a permuted alphabet scores well above. */
const CYRILLIC_NATS_EXPECTED = 3.3;
const CYRILLIC_NATS_CAP = 0.6;

import { lettersOutsideAlphabet } from './latin-alphabets.js';

type Script = 'latin' | 'cyrillic' | 'greek' | 'han' | 'kana' | 'hangul' | 'other';

function scriptOf(ch: string, code: number): Script {
  if (code < 0x250) return 'latin';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  if (code >= 0x370 && code < 0x400) return 'greek';
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0xff66 && code < 0xff9e)) return 'kana';
  if ((code >= 0xac00 && code < 0xd7a4) || (code >= 0x3130 && code < 0x3190)) return 'hangul';
  if ((code >= 0x4e00 && code < 0xa000) || (code >= 0x3400 && code < 0x4dc0) || (code >= 0xf900 && code < 0xfb00)) return 'han';
  if (code >= 0x1e00 && code < 0x1f00) return 'latin';
  return ch ? 'other' : 'other';
}

const LETTER = /\p{L}|\p{M}/u;
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

export interface TextCost {
  cost: number;
  /** CJK characters (han, kana, hangul) seen. */
  cjk: number;
  kana: number;
  hangul: number;
  han: number;
}

function wordCost(word: string[]): number {
  let nonAscii = 0;
  const scripts = new Set<Script>();
  let flips = 0;
  let vowels = 0;
  let cyrNats = 0;
  let cyr = 0;
  let greekAccents = 0;
  let cost = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const code = ch.codePointAt(0)!;
    if (code >= 0x80) nonAscii++;
    const script = scriptOf(ch, code);
    if (script === 'latin' || script === 'cyrillic' || script === 'greek') scripts.add(script);
    if (VOWELS.has(ch)) vowels++;
    if (GREEK_ACCENTED.has(ch)) greekAccents++;
    if (ch === 'ς' && i + 1 < word.length) cost += TEXT_COSTS.finalSigmaInWord;
    if (i > 0 && isUpper(ch) && isLower(word[i - 1]!)) flips++;
    if (script === 'cyrillic') {
      cyr++;
      cyrNats += -Math.log((CYRILLIC_FREQUENCY[ch.toLowerCase()] ?? 0.05) / 100);
    }
  }
  if (nonAscii === 0) return 0;
  if (word.length === 1 && scripts.has('latin') && !VOWELS.has(word[0]!)) cost += TEXT_COSTS.loneAccentedConsonant;
  if (scripts.size > 1) cost += nonAscii * TEXT_COSTS.mixedScript;
  else if (scripts.has('latin') && word.length >= 2 && (nonAscii === word.length || (word.length >= 3 && nonAscii * 2 > word.length))) {
    cost += nonAscii * TEXT_COSTS.accentHeavyWord;
  }
  cost += flips * TEXT_COSTS.caseFlip;
  if (greekAccents > 1) cost += greekAccents * TEXT_COSTS.greekAccents;
  if (word.length >= 4 && vowels === 0 && (scripts.has('latin') || scripts.has('cyrillic') || scripts.has('greek'))) {
    cost += nonAscii * TEXT_COSTS.voicelessWord;
  }
  if (cyr >= 3) {
    // Capped: other Cyrillic languages (Adyghe's э, Ukrainian's і) stray from Russian frequencies too.
    const excess = Math.min(CYRILLIC_NATS_CAP, Math.max(0, cyrNats / cyr - CYRILLIC_NATS_EXPECTED));
    cost += excess * cyr * TEXT_COSTS.cyrillicFrequency;
  }
  return cost;
}

/** Cost of a decoded text as running text (only its non-ASCII characters cost anything). */
export function textCost(text: string): TextCost {
  const out: TextCost = { cost: 0, cjk: 0, kana: 0, hangul: 0, han: 0 };
  const n = text.length;
  let wordStart = -1;
  let wordHigh = false;
  const accented = new Map<string, number>();
  const flush = (end: number): void => {
    if (wordStart >= 0 && wordHigh) out.cost += wordCost(Array.from(text.slice(wordStart, end)));
    wordStart = -1;
    wordHigh = false;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
        if (wordStart < 0) wordStart = i;
        continue;
      }
      flush(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) out.cost += TEXT_COSTS.undecodable;
      else if (code === 0x1a) out.cost += TEXT_COSTS.undecodable;
      continue;
    }
    const ch = text[i]!;
    const script = scriptOf(ch, code);
    if (script === 'han' || script === 'kana' || script === 'hangul') {
      flush(i);
      out.cjk++;
      if (isAsciiLetterAt(text, i - 1)) out.cost += TEXT_COSTS.cjkGluedToLatin;
      if (isAsciiLetterAt(text, i + 1)) out.cost += TEXT_COSTS.cjkGluedToLatin;
      if (script === 'kana') out.kana++;
      else if (script === 'hangul') out.hangul++;
      else out.han++;
      continue;
    }
    if (isLetterCode(code)) {
      if (wordStart < 0) wordStart = i;
      wordHigh = true;
      if (script === 'latin') {
        const lower = ch.toLowerCase();
        if (lower.length === 1) accented.set(lower, (accented.get(lower) ?? 0) + 1);
      }
      continue;
    }
    flush(i);
    if (code === 0xfffd || code < 0xa0) out.cost += TEXT_COSTS.undecodable;
    else if (code >= 0xe000 && code < 0xf900) out.cost += TEXT_COSTS.privateUse;
    else if (FREE_PUNCTUATION.has(ch) || (code >= 0x3000 && code < 0x3040) || (code >= 0xff00 && code < 0xff66)) continue;
    else if (i > 0 && i + 1 < n && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1))) {
      out.cost += TEXT_COSTS.symbolInWord;
    } else out.cost += TEXT_COSTS.looseSymbol;
  }
  flush(n);
  out.cost += symbolRunCost(text);
  out.cost += lettersOutsideAlphabet(accented) * TEXT_COSTS.foreignLetter;
  return out;
}

const isAsciiLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i); // NaN outside the string
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
};

// Whether a BMP code unit is a letter or mark, looked up once per code unit and kept.
const LETTER_CACHE = new Uint8Array(0x10000);
function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let v = LETTER_CACHE[code]!;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CACHE[code] = v;
  }
  return v === 1;
}

/** Runs of two or more non-ASCII characters (NBSP counts as a space) that hold a symbol. */
function symbolRunCost(text: string): number {
  let cost = 0;
  let run = 0;
  let symbols = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code < 0x80 || code === 0xa0 || code >= 0x2e80) {
      if (run >= 2 && symbols) cost += run * TEXT_COSTS.symbolRun;
      run = 0;
      symbols = false;
      continue;
    }
    run++;
    if (!isLetterCode(code)) symbols = true;
  }
  return cost;
}

/**
 * Traits of a CJK reading as a whole: Japanese text is full of kana, and Chinese text does not
 * space its characters like words (Korean does).
 */
export function cjkReadingCost(text: string, stats: TextCost, charset: string): number {
  let cost = 0;
  if ((charset === 'shift_jis' || charset === 'euc-jp') && stats.cjk >= 12 && stats.kana < stats.cjk * 0.05) {
    cost += stats.cjk * TEXT_COSTS.kanjiWithoutKana;
  }
  if (charset === 'gbk' || charset === 'big5' || charset === 'shift_jis' || charset === 'euc-jp') {
    const spaced = text.match(/[\u3400-\u9fff\u3040-\u30ff\ufffd]{1,12} (?=[\u3400-\u9fff\u3040-\u30ff\ufffd])/g)?.length ?? 0;
    const runs = text.match(/[\u3400-\u9fff\u3040-\u30ff\ufffd]+/g)?.length ?? 1;
    if (spaced >= 1 && spaced > runs * 0.3) cost += stats.cjk * TEXT_COSTS.spacedHan;
  }
  if (charset === 'euc-kr' && stats.hangul >= 12) {
    // Korean spaces its words, a few syllables each; Chinese or Japanese bytes read as Hangul do not.
    const runs = text.match(/[\uac00-\ud7a3]+/g) ?? [];
    const mean = runs.reduce((n, r) => n + r.length, 0) / Math.max(1, runs.length);
    if (mean > 7) cost += stats.cjk * TEXT_COSTS.spacedHan;
  }
  return cost;
}
