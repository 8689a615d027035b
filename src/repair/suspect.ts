/**
 * The fast path: one scan with a table lookup per character decides whether text can be damaged
 * at all. Clean text is returned at once. What counts as a sign of possible damage:
 * - a UTF-8 lead byte then a continuation byte, as any of the single-byte charsets shows them;
 * - two Latin-1/cp1252 high characters in a row (legacy CJK bytes read as Latin-1/cp1252);
 * - C1 controls, SUB, U+FFFD;
 * - Cyrillic case running backwards, or four capitals in a row (KOI8-R and cp1251 swapped).
 */
import { registerCache } from '../caches.js';
import { ensureBadnessTables, matchLengthAt } from './badness.js';
import { CHAR_FLAGS, CONT_SHIFT, CYR_LOWER, CYR_UPPER, DAMAGE_MARK, LATIN_HIGH, LEAD_MASK, SPACE_LEAD } from './char-table.js';

/** A non-ASCII character or a lost-byte mark (SUB): before one, text shows no sign. */
const HIGH_OR_SUB = /[^\x00-\x19\x1b-\x7f]/g;
/**
 * ASCII characters in a row after which firstSign lets the regex find the next non-ASCII one: a
 * regex call costs about as much as a few characters of the table loop, so short runs (the spaces
 * and punctuation of Cyrillic or CJK text) stay in the loop and the long runs of English text,
 * between its curly quotes and dashes, are skipped.
 */
const ASCII_RUN_SKIP = 4;

/** What a line shows, so each fixer can skip lines that cannot hold its kind of damage. */
export interface LineSignals {
  /** Bit `i`: a lead then a continuation of UTF8_MISREADS[i]. */
  utf8Pairs: number;
  /** How many lead-then-continuation pairs the line holds, in any of the charsets. */
  utf8PairCount: number;
  /** Bit `i`: a lead of UTF8_MISREADS[i] then a space (a flattened no-break space?). */
  utf8LeadSpace: number;
  latinHighPair: boolean;
  /** How many times two Latin-1/cp1252 high characters stand together. */
  latinHighPairCount: number;
  damageMark: boolean;
  cyrillicOdd: boolean;
  /** `Ã`, `Â` or `Г` then a space: "à" or a no-break space whose A0 byte was flattened. */
  spaceLead: boolean;
  /** The line's badness, when the same scan counted it (lineSignals with `scored`). */
  badness?: number;
}

/**
 * The last text read and what it showed: a repair's text is read when the repair is judged, then
 * again as the line it became.
 */
let LAST: { text: string; signals: LineSignals } | null = null;
registerCache(() => {
  LAST = null;
});

/**
 * Whether lineSignals counts the badness too: `never`; `always`; or `utf8`, only for a line that
 * shows UTF-8 look-alikes (the only fixer that reads the badness acts on nothing else).
 */
export type Scoring = 'never' | 'always' | 'utf8';

/**
 * What the line shows; with scoring, its badness too, counted in the same scan (a first look at
 * a line with UTF-8 look-alikes needs both).
 */
export function lineSignals(text: string, scoring: Scoring = 'never'): LineSignals {
  if (LAST !== null && LAST.text === text && (scoring === 'never' || LAST.signals.badness !== undefined)) return LAST.signals;
  const s = readSignals(text, scoring);
  LAST = { text, signals: s };
  return s;
}

function readSignals(text: string, scoring: Scoring): LineSignals {
  const scored = scoring === 'always';
  const s: LineSignals = { utf8Pairs: 0, utf8PairCount: 0, utf8LeadSpace: 0, latinHighPair: false, latinHighPairCount: 0, damageMark: false, cyrillicOdd: false, spaceLead: false };
  let prev = 0;
  let capitals = 0;
  // The badness scan's matches: it looks at every non-ASCII character, and at an ASCII one only
  // with a non-ASCII character within the next two (no pattern matches otherwise); a match
  // covers the characters up to `next`.
  let bad = 0;
  let next = 0;
  if (scored) ensureBadnessTables();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x1a) s.damageMark = true;
      else if (c === 0x20) {
        s.utf8LeadSpace |= prev & LEAD_MASK;
        // The badness is wanted after all: read the line again, counting it (the scan so far is short).
        if (s.utf8LeadSpace && scoring === 'utf8') return readSignals(text, 'always');
        if (prev & SPACE_LEAD) s.spaceLead = true;
      }
      prev = 0;
      capitals = 0;
      if (scored) {
        // Through the rest of the ASCII run at once: past its first character only a lost-byte
        // mark shows anything, and the badness scan looks at its last two characters alone.
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d >= 0x80) break;
          if (d === 0x1a) s.damageMark = true;
        }
        if (j < n)
          for (let p = Math.max(i, j - 2); p < j; p++) {
            if (p < next) continue;
            const len = matchLengthAt(text, p);
            if (len) {
              bad++;
              next = p + len;
            }
          }
        i = j - 1;
      }
      continue;
    }
    if (scored && i >= next) {
      const len = matchLengthAt(text, i);
      if (len) {
        bad++;
        next = i + len;
      }
    }
    const f = CHAR_FLAGS[c];
    if (f & DAMAGE_MARK) s.damageMark = true;
    const pairs = prev & LEAD_MASK & (f >>> CONT_SHIFT);
    if (pairs) {
      if (scoring === 'utf8') return readSignals(text, 'always');
      s.utf8Pairs |= pairs;
      s.utf8PairCount++;
    }
    if (prev & f & LATIN_HIGH) {
      s.latinHighPair = true;
      s.latinHighPairCount++;
    }
    if (f & CYR_UPPER) {
      if (prev & CYR_LOWER || ++capitals >= 4) s.cyrillicOdd = true;
    } else capitals = 0;
    prev = f;
  }
  if (scored) s.badness = bad;
  return s;
}

/**
 * Whether any fixer could act on a line with these signals (each fixer returns nothing without
 * its own): a repaired line that shows none is at its fixed point.
 */
export function anyFixerSignal(s: LineSignals): boolean {
  return s.utf8Pairs !== 0 || s.utf8LeadSpace !== 0 || s.latinHighPair || s.damageMark || s.cyrillicOdd;
}

/**
 * Where the first sign of possible damage at or after `from` stands (-1: none). Signs never span
 * a line break (a newline is ASCII and resets the scan), so the line holding the sign is the line
 * that shows it, and a scan from a line's start reads that line as lineSignals would.
 */
export function firstSign(text: string, from = 0): number {
  // `test` (no match array to build) leaves lastIndex just past the one-character match.
  HIGH_OR_SUB.lastIndex = from;
  if (!HIGH_OR_SUB.test(text)) return -1;
  let prev = 0;
  let capitals = 0;
  let ascii = 0;
  for (let i = HIGH_OR_SUB.lastIndex - 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x1a || (c === 0x20 && prev & SPACE_LEAD)) return i;
      prev = 0;
      capitals = 0;
      // Deep in an ASCII run: the regex finds where it ends faster than this loop.
      if (++ascii === ASCII_RUN_SKIP) {
        HIGH_OR_SUB.lastIndex = i + 1;
        if (!HIGH_OR_SUB.test(text)) return -1;
        i = HIGH_OR_SUB.lastIndex - 2; // the loop's i++ steps onto the match
        ascii = 0;
      }
      continue;
    }
    ascii = 0;
    const f = CHAR_FLAGS[c];
    if (f & DAMAGE_MARK) return i;
    if (prev & LEAD_MASK & (f >>> CONT_SHIFT)) return i;
    if (prev & f & LATIN_HIGH) return i;
    if (f & CYR_UPPER) {
      if (prev & CYR_LOWER || ++capitals >= 4) return i;
    } else capitals = 0;
    prev = f;
  }
  return -1;
}
