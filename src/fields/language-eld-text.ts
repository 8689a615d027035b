/**
 * Steps 1–3 of eld's detection (see language-eld.ts): the text cut to 1,000 code units, separators
 * replaced, trimmed, lower-cased, then written as UTF-8 bytes (through eld's byte dictionary) into
 * words, stopping at eld's byte cut-offs. The words go to the scratch arrays BYTES and WORD_ENDS.
 *
 * Two ways, one result. `encodeDirect` does it in one pass, character by character, without
 * building strings, and stops as soon as eld's cut-off is reached; it lower-cases each letter
 * through a table (filled from toLowerCase on a letter's first use), so it gives up (−1) on a
 * letter whose lower case is not one code unit or depends on its neighbours (Σ, İ). `encodeExact` then does it as eld does: the whole string,
 * String.prototype.toLowerCase, then the bytes.
 */
import { APOSTROPHE, ELD, LETTER, LOWER_CONTEXTUAL, learnLower, type EldTables } from './language-eld-tables.js';

// Scratch space, reused by every call (detection is synchronous). Bytes stop at 380 + one character.
export const BYTES = new Uint8Array(ELD.enforceCutAfterBytes + 8);
/** Word w is BYTES[WORD_ENDS[w - 1] (0 for the first), WORD_ENDS[w]). */
export const WORD_ENDS = new Int32Array(ELD.enforceCutAfterBytes + 8);

/** The UTF-8 bytes of c (0x80 ≤ c < 0x10000, not a surrogate) as eld writes them, at BYTES[at]: where they end. */
function putBmp(c: number, at: number, byteChar: Uint8Array): number {
  if (c < 0x800) {
    BYTES[at] = byteChar[0xc0 | (c >> 6)];
    BYTES[at + 1] = byteChar[0x80 | (c & 0x3f)];
    return at + 2;
  }
  BYTES[at] = byteChar[0xe0 | (c >> 12)];
  BYTES[at + 1] = byteChar[0x80 | ((c >> 6) & 0x3f)];
  BYTES[at + 2] = byteChar[0x80 | (c & 0x3f)];
  return at + 3;
}

/** One pass over the text: the number of words, or −1 where a letter's lower case needs the whole string. */
export function encodeDirect(text: string, t: EldTables): number {
  const { charClass, lower, byteChar } = t;
  const n = Math.min(text.length, ELD.maxChars);
  let length = 0;
  let words = 0;
  let wordStart = 0;
  let count = 0;
  // The current run of non-letters ends before runEnd; its code units up to dropTo are replaced.
  let runEnd = 0;
  let dropTo = -1;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (charClass[c] === LETTER) {
      c = lower[c] || learnLower(lower, c);
      if (c === LOWER_CONTEXTUAL) return -1;
    } else {
      if (i >= runEnd) {
        let last = -1;
        let j = i;
        for (; j < n; j++) {
          const cls = charClass[text.charCodeAt(j)];
          if (cls === LETTER) break;
          if (cls !== APOSTROPHE) last = j;
        }
        runEnd = j;
        dropTo = last;
        // The run's space; before any character, trim drops it.
        if (last >= 0 && count > 0) {
          if (length > wordStart) WORD_ENDS[words++] = wordStart = length;
          if (count > ELD.cutAfterBytes) break;
          if (++count > ELD.enforceCutAfterBytes) break;
        }
      }
      if (i <= dropTo) continue;
      // An apostrophe that ends the run: kept, and lower case leaves it as it is.
    }
    if (c < 0x80) {
      BYTES[length++] = c;
      count++;
    } else {
      const end = putBmp(c, length, byteChar);
      count += end - length;
      length = end;
    }
    if (count > ELD.enforceCutAfterBytes) break;
  }
  if (length > wordStart) WORD_ENDS[words++] = length;
  return words;
}

/** Step 2 as eld writes it: separators replaced, trimmed, lower-cased. */
function normalise(text: string, charClass: Uint8Array): string {
  const n = Math.min(text.length, ELD.maxChars);
  let out = '';
  let kept = 0;
  for (let i = 0; i < n; ) {
    if (charClass[text.charCodeAt(i)] === LETTER) {
      i++;
      continue;
    }
    const runStart = i;
    let lastSeparator = -1;
    for (; i < n; i++) {
      const cls = charClass[text.charCodeAt(i)];
      if (cls === LETTER) break;
      if (cls !== APOSTROPHE) lastSeparator = i;
    }
    if (lastSeparator >= 0) {
      out += text.slice(kept, runStart) + ' ';
      kept = lastSeparator + 1;
    }
  }
  out += text.slice(kept, n);
  return out.trim().toLowerCase();
}

/** Steps 2 and 3 as eld does them (eld's strToUtf8Bytes): the number of words. */
export function encodeExact(text: string, t: EldTables): number {
  const str = normalise(text, t.charClass);
  const { byteChar } = t;
  let length = 0;
  let words = 0;
  let count = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (length > (words ? WORD_ENDS[words - 1] : 0)) WORD_ENDS[words++] = length;
        if (count > ELD.cutAfterBytes) break;
      } else {
        BYTES[length++] = c;
      }
      count++;
    } else if (c < 0xd800 || c >= 0xe000) {
      const end = putBmp(c, length, byteChar);
      count += end - length;
      length = end;
    } else {
      // As eld: any surrogate takes the next code unit's low 10 bits (0 past the end).
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (i < str.length ? str.charCodeAt(i) & 0x3ff : 0));
      BYTES[length++] = byteChar[0xf0 | (c >> 18)];
      BYTES[length++] = byteChar[0x80 | ((c >> 12) & 0x3f)];
      BYTES[length++] = byteChar[0x80 | ((c >> 6) & 0x3f)];
      BYTES[length++] = byteChar[0x80 | (c & 0x3f)];
      count += 4;
    }
    if (count > ELD.enforceCutAfterBytes) break;
  }
  if (length > (words ? WORD_ENDS[words - 1] : 0)) WORD_ENDS[words++] = length;
  return words;
}
