/**
 * One flag word per UTF-16 code unit, built once from the charset tables, so that the hot paths
 * scan text with an array lookup per character and no allocation: the fast path that clears clean
 * text, and the check of which charsets a line's UTF-8 look-alike pairs could come from.
 */
import { SLOPPY_CP1252, UTF8_MISREADS } from './charsets.js';

/** Bit `i`: a UTF-8 lead byte (C2–F4) in UTF8_MISREADS[i]; bit `CONT_SHIFT + i`: a continuation (80–BF). */
export const CONT_SHIFT = 10;
export const LEAD_MASK = (1 << UTF8_MISREADS.length) - 1;
/** A Latin-1/cp1252 high-half character (what legacy CJK bytes read as Latin-1 look like). */
export const LATIN_HIGH = 1 << 20;
/** C1 controls, SUB (0x1A) and U+FFFD: damage marks wherever they stand. */
export const DAMAGE_MARK = 1 << 21;
export const CYR_UPPER = 1 << 22;
export const CYR_LOWER = 1 << 23;
/**
 * `Ã` and `Â` (cp1252/Latin-1 C3, C2) and cp1251's `Г` (C3): a UTF-8 lead whose continuation is
 * often a no-break space flattened to a space ("Ã " for "à", "Â " for a no-break space).
 */
export const SPACE_LEAD = 1 << 24;

export const CHAR_FLAGS = new Uint32Array(0x10000);

UTF8_MISREADS.forEach((cs, i) => {
  for (const [ch, b] of cs.encodeMap) {
    if (ch.length !== 1) continue;
    const c = ch.charCodeAt(0);
    if (c < 0x80) continue;
    if (b >= 0xc2 && b <= 0xf4) CHAR_FLAGS[c] |= 1 << i;
    if (b >= 0x80 && b <= 0xbf) CHAR_FLAGS[c] |= 1 << (CONT_SHIFT + i);
  }
});
for (let c = 0x80; c <= 0xff; c++) CHAR_FLAGS[c] |= LATIN_HIGH;
// A lost byte (U+FFFD) stands where a continuation byte was, in the sloppy charsets.
UTF8_MISREADS.forEach((cs, i) => {
  if (cs.name.startsWith('sloppy-')) CHAR_FLAGS[0xfffd] |= 1 << (CONT_SHIFT + i);
});
for (const ch of SLOPPY_CP1252.decodeTable.slice(0x80, 0xa0)) CHAR_FLAGS[ch.charCodeAt(0)] |= LATIN_HIGH;
for (let c = 0x80; c <= 0x9f; c++) CHAR_FLAGS[c] |= DAMAGE_MARK;
CHAR_FLAGS[0x1a] |= DAMAGE_MARK;
CHAR_FLAGS[0xfffd] |= DAMAGE_MARK;
CHAR_FLAGS[0xc2] |= SPACE_LEAD;
CHAR_FLAGS[0xc3] |= SPACE_LEAD;
CHAR_FLAGS[0x413] |= SPACE_LEAD;
for (let c = 0x400; c <= 0x42f; c++) CHAR_FLAGS[c] |= CYR_UPPER;
for (let c = 0x430; c <= 0x45f; c++) CHAR_FLAGS[c] |= CYR_LOWER;

/** Bit `i` set when `text` holds a lead character of UTF8_MISREADS[i] directly before one of its continuations. */
export function utf8PairCharsets(text: string): number {
  let found = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const f = CHAR_FLAGS[text.charCodeAt(i)];
    found |= prev & LEAD_MASK & (f >>> CONT_SHIFT);
    prev = f;
  }
  return found;
}

/** Bit `i` set when `text` holds a lead character of UTF8_MISREADS[i]. */
export function utf8LeadCharsets(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) found |= CHAR_FLAGS[text.charCodeAt(i)];
  return found & LEAD_MASK;
}

/** Letter, lower-case and upper-case flags per UTF-16 code unit (BMP), for loops that count them. */
export const IS_LETTER = 1;
export const IS_LOWER = 2;
export const IS_UPPER = 4;
export const LETTER_PROPS = new Uint8Array(0x10000);
{
  const letter = /\p{L}/u;
  const lower = /\p{Ll}/u;
  const upper = /\p{Lu}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!letter.test(ch)) continue;
    LETTER_PROPS[c] = IS_LETTER | (lower.test(ch) ? IS_LOWER : 0) | (upper.test(ch) ? IS_UPPER : 0);
  }
}

const ASTRAL_LETTER = /\p{L}/u;
const ASTRAL_LOWER = /\p{Ll}/u;
const ASTRAL_UPPER = /\p{Lu}/u;

/** LETTER_PROPS of the code point at `i` (surrogate pairs read whole); `size` is its length in code units. */
export function letterPropsAt(text: string, i: number): { props: number; size: number } {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return { props: LETTER_PROPS[c], size: 1 };
  const cp = text.codePointAt(i) ?? c;
  if (cp <= 0xffff) return { props: 0, size: 1 };
  const ch = String.fromCodePoint(cp);
  const props = ASTRAL_LETTER.test(ch)
    ? IS_LETTER | (ASTRAL_LOWER.test(ch) ? IS_LOWER : 0) | (ASTRAL_UPPER.test(ch) ? IS_UPPER : 0)
    : 0;
  return { props, size: 2 };
}

/** How many letters (\p{L}, by code point) `text` holds. */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) {
      if (LETTER_PROPS[c] !== 0) n++;
      i++;
      continue;
    }
    const { props, size } = letterPropsAt(text, i);
    if (props !== 0) n++;
    i += size;
  }
  return n;
}
