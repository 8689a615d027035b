/**
 * fixCyrillic: Cyrillic text in the wrong 8-bit charset.
 * - cp1251 bytes read as cp1252 or Latin-1: words made only of accented Latin letters
 *   ("Êîæíû ÷àëàâåê"), which no Latin-script language writes;
 * - KOI8-R bytes read as cp1251, and cp1251 bytes read as KOI8-R: Cyrillic words whose case runs
 *   backwards ("пРИВЕТ") or whose vowels are too few, because the two charsets order the alphabet
 *   differently.
 * A reading is kept only when it is plausible Cyrillic (vowel share, case pattern) and clearly
 * more plausible than the text as it stands.
 */
import iconv from 'iconv-lite';
import type { RepairStep } from '../types.js';
import { badness } from './badness.js';
import { SLOPPY_CP1252, encodeSingleByte } from './charsets.js';
import { trimUnchanged } from './span.js';
import { IS_LETTER, IS_LOWER, IS_UPPER, countLetters, letterPropsAt } from './char-table.js';
import type { LineFixer, SpanFix } from './types.js';

export const CYRILLIC_DEFAULTS = {
  /** A span needs this many letters… */
  minLetters: 6,
  /** …and, misread as cp1252, this share of them must be non-ASCII (real Latin text: under 0.3). */
  minHighLetterShare: 0.9,
  /** Slavic and most Cyrillic-script text has vowels at 35–50 % of letters; readings must fall here. */
  vowelShare: [0.28, 0.6] as const,
  /** At most this share of words may switch from lower to upper case inside. */
  maxCaseBreakShare: 0.25,
  /** A word counts as misread Cyrillic when this share of its letters are accented Latin. */
  minHighLetterShareInWord: 0.5,
} as const;

const VOWEL_CODES = new Set([...'аеёиоуыэюяіїєўАЕЁИОУЫЭЮЯІЇЄЎ'].map((ch) => ch.charCodeAt(0)));
/**
 * Letters of one alphabet the other lacks: Russian writes ы, э and ъ, Ukrainian ї, є and ґ. No
 * language writes letters of both sets (Belarusian has ы and э, but none of ї, є, ґ), so a reading
 * with both is no language's text (Chinese bytes "Ãâ·Ñ¹Û¿´" read as cp1251 give "Гв·С№Ыїґ").
 */
const RUSSIAN_ONLY = new Set([...'ыэъЫЭЪ'].map((ch) => ch.charCodeAt(0)));
const UKRAINIAN_ONLY = new Set([...'їєґЇЄҐ'].map((ch) => ch.charCodeAt(0)));
// A case break is lower case then upper case inside a word. The palochka (written with І) of the
// Caucasian languages is a capital inside lower-case words by rule, so it does not count.

interface Plausibility {
  ok: boolean;
  vowelShare: number;
  caseBreaks: number;
  words: number;
}

function cyrillicPlausibility(text: string): Plausibility {
  let letters = 0;
  let cyr = 0;
  let vowels = 0;
  let caseBreaks = 0;
  let words = 0;
  let prevLower = false;
  let prevLetter = false;
  let russian = false;
  let ukrainian = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (RUSSIAN_ONLY.has(c)) russian = true;
    else if (UKRAINIAN_ONLY.has(c)) ukrainian = true;
    const { props, size } = letterPropsAt(text, i);
    i += size;
    // Counted over every character, letter or not, as the check `cyr === letters` asks.
    if ((c >= 0x400 && c <= 0x4ff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) cyr++;
    if (!(props & IS_LETTER)) {
      prevLower = prevLetter = false;
      continue;
    }
    letters++;
    if (!prevLetter) words++;
    if (VOWEL_CODES.has(c)) vowels++;
    // Lower case then upper case (matches do not overlap: the capital cannot open the next one).
    if (prevLower && props & IS_UPPER && c !== 0x406) {
      caseBreaks++;
      prevLower = false;
    } else prevLower = (props & IS_LOWER) !== 0;
    prevLetter = true;
  }
  const vowelShare = letters ? vowels / letters : 0;
  const [lo, hi] = CYRILLIC_DEFAULTS.vowelShare;
  const ok =
    letters > 0 &&
    cyr === letters &&
    !(russian && ukrainian) &&
    vowelShare >= lo &&
    vowelShare <= hi &&
    caseBreaks <= CYRILLIC_DEFAULTS.maxCaseBreakShare * words;
  return { ok, vowelShare, caseBreaks, words };
}

/** Words as cp1252 shows them: ASCII and high-half letters (cp1251 bytes show as both). */
const WORD_RE = /[A-Za-z\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]+/g;
/** What may stand between two words of one span. */
const GAP_RE = /^[\s\d\p{P}]*$/u;

function highShare(word: string): { high: number; letters: number } {
  let high = 0;
  let letters = 0;
  for (const ch of word) {
    // Every high character counts: cp1251 letters show as cp1252 letters and symbols (¿ ³ º ¸).
    letters++;
    if (ch > '\u007f') high++;
  }
  return { high, letters };
}

/** Spans of consecutive words that look like cp1251 letters shown as accented Latin. */
function latinSpans(line: string): { start: number; end: number; high: number; letters: number }[] {
  const spans: { start: number; end: number; high: number; letters: number }[] = [];
  let cur: { start: number; end: number; high: number; letters: number } | null = null;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(line); m !== null; m = WORD_RE.exec(line)) {
    const { high, letters } = highShare(m[0]);
    const looks = high > 0 && high >= CYRILLIC_DEFAULTS.minHighLetterShareInWord * letters;
    if (looks && cur && GAP_RE.test(line.slice(cur.end, m.index))) {
      cur.end = m.index + m[0].length;
      cur.high += high;
      cur.letters += letters;
    } else if (looks) {
      if (cur) spans.push(cur);
      cur = { start: m.index, end: m.index + m[0].length, high, letters };
    } else if (cur) {
      spans.push(cur);
      cur = null;
    }
  }
  if (cur) spans.push(cur);
  return spans;
}

/** Runs of Cyrillic words. */
const CYRILLIC_SPAN_RE = /[\u0400-\u045f]+(?:[\s\d.,;:!?()"'«»\-–—]+[\u0400-\u045f]+)*/g;

function read(text: string, from: string, to: string): string | null {
  let bytes: Uint8Array | null;
  if (from === SLOPPY_CP1252.name) bytes = encodeSingleByte(text, SLOPPY_CP1252);
  else {
    bytes = iconv.encode(text, from);
    if (iconv.decode(Buffer.from(bytes), from) !== text) bytes = null; // a character had no byte
  }
  if (!bytes) return null;
  const out = iconv.decode(Buffer.from(bytes), to);
  return out.includes('\uFFFD') ? null : out;
}

function fix(span: string, at: number, out: string, ruleId: string, plan: RepairStep[], reason: string): SpanFix {
  const t = trimUnchanged(span, out);
  return {
    start: at + t.head,
    end: at + span.length - t.tail,
    text: t.text,
    replacement: t.replacement,
    ruleId,
    reason,
    plan,
  };
}

function fixMisreadAsLatin(line: string, isEnabled: (id: string) => boolean, fixes: SpanFix[]): void {
  const ruleId = 'mojibake/cp1251-as-cp1252';
  if (!isEnabled(ruleId)) return;
  for (const sp of latinSpans(line)) {
    const { high, letters } = sp;
    if (high < CYRILLIC_DEFAULTS.minLetters || high / letters < CYRILLIC_DEFAULTS.minHighLetterShare) continue;
    const span = line.slice(sp.start, sp.end);
    const out = read(span, SLOPPY_CP1252.name, 'windows-1251');
    if (!out) continue;
    const p = cyrillicPlausibility(out);
    // The reading must hold enough real letters (symbols like § stay symbols) and be no worse.
    if (!p.ok || countLetters(out) < CYRILLIC_DEFAULTS.minLetters || badness(out) > badness(span)) continue;
    fixes.push(
      fix(span, sp.start, out, ruleId, [{ encode: SLOPPY_CP1252.name }, { decode: 'windows-1251' }],
        `${high} of ${letters} letters are accented Latin, which no Latin-script text writes; read as ` +
          `cp1251 they are Cyrillic with ${(p.vowelShare * 100).toFixed(0)} % vowels and ${p.caseBreaks} case breaks`),
    );
  }
}

/** The vowel share of running Cyrillic text, about the same across Slavic languages. */
const TYPICAL_VOWEL_SHARE = 0.43;
/** A re-reading must bring the vowel share this much closer to it, or mend case breaks. */
const MIN_VOWEL_GAIN = 0.12;
/** KOI8-R and cp1251 swaps need at least this many letters: short runs of any language vary too much. */
const KOI8_MIN_LETTERS = 16;

function clearlyBetter(now: Plausibility, reread: Plausibility): boolean {
  const gain = Math.abs(now.vowelShare - TYPICAL_VOWEL_SHARE) - Math.abs(reread.vowelShare - TYPICAL_VOWEL_SHARE);
  const caseGain = now.caseBreaks - reread.caseBreaks;
  return gain >= MIN_VOWEL_GAIN || (gain > 0 && caseGain > now.words * CYRILLIC_DEFAULTS.maxCaseBreakShare);
}

const KOI8_SWAPS = [
  { ruleId: 'mojibake/koi8r-as-cp1251', from: 'windows-1251', to: 'koi8-r' },
  { ruleId: 'mojibake/cp1251-as-koi8r', from: 'koi8-r', to: 'windows-1251' },
] as const;

function fixKoi8Swaps(line: string, isEnabled: (id: string) => boolean, fixes: SpanFix[]): void {
  CYRILLIC_SPAN_RE.lastIndex = 0;
  for (let m = CYRILLIC_SPAN_RE.exec(line); m !== null; m = CYRILLIC_SPAN_RE.exec(line)) {
    const span = m[0];
    const letters = countLetters(span);
    if (letters < KOI8_MIN_LETTERS) continue;
    // Whole words only: a span glued to other letters (Ә, Ҳ…) is part of a language cp1251 lacks.
    if (/\p{L}/u.test(line[m.index - 1] ?? '') || /\p{L}/u.test(line[m.index + span.length] ?? '')) continue;
    const now = cyrillicPlausibility(span);
    if (now.ok) continue; // plausible as it stands: never touch it
    let best: { swap: (typeof KOI8_SWAPS)[number]; out: string; p: Plausibility } | null = null;
    for (const swap of KOI8_SWAPS) {
      if (!isEnabled(swap.ruleId)) continue;
      const out = read(span, swap.from, swap.to);
      if (!out) continue;
      const p = cyrillicPlausibility(out);
      if (!p.ok || !clearlyBetter(now, p)) continue;
      // Both charsets hold the same alphabet: a true swap maps letters to letters, never to symbols.
      if (countLetters(out) < letters || badness(out) > badness(span)) continue;
      if (!best || distance(p) < distance(best.p)) best = { swap, out, p };
    }
    if (!best) continue;
    const { swap, out, p } = best;
    fixes.push(
      fix(span, m.index, out, swap.ruleId, [{ encode: swap.from }, { decode: swap.to }],
        `as it stands the span has ${(now.vowelShare * 100).toFixed(0)} % vowels and ${now.caseBreaks} case breaks ` +
          `in ${now.words} words; re-read it has ${(p.vowelShare * 100).toFixed(0)} % and ${p.caseBreaks}`),
    );
  }
}

/** How far a reading is from typical running text: vowel share off, plus case breaks per word. */
function distance(p: Plausibility): number {
  return Math.abs(p.vowelShare - TYPICAL_VOWEL_SHARE) + p.caseBreaks / Math.max(1, p.words);
}

export const fixCyrillic: LineFixer = (line, isEnabled, signals) => {
  const fixes: SpanFix[] = [];
  // Six misread letters in whole words put high characters together at least three times.
  if (signals.latinHighPairCount >= 3) fixMisreadAsLatin(line, isEnabled, fixes);
  if (signals.cyrillicOdd) fixKoi8Swaps(line, isEnabled, fixes);
  return fixes;
};
