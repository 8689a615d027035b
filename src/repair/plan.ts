/**
 * Replaying a repair plan. A note's `plan` is a chain of steps over its `text`: encode the string to
 * bytes, transcode bytes to bytes, decode bytes to a string, or apply a named string function.
 * `applyPlan(note.text, note.plan)` gives `note.replacement`; a test replays every plan.
 */
import iconv from 'iconv-lite';
import type { RepairStep } from '../types.js';
import { encodeSingleByte, tableCharset } from './charsets.js';
import { foldWidth, uncurlQuotes } from './normalize-typography.js';
import { afterQuote, continuations, questionMarkMayBeLost } from './utf8-spans.js';

/** Byte-to-byte functions a plan may name in a `transcode` step. */
export const TRANSCODERS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  /** Bytes 0x1A (a lost byte written as SUB) inside UTF-8 sequences become EF BF BD (U+FFFD). */
  'replace-lossy-bytes': replaceLossyBytes,
  /**
   * A `?` (0x3F) where a UTF-8 continuation byte must stand was a byte the first decoder could not
   * map: the whole sequence becomes EF BF BD (U+FFFD), as ftfy's lossy sequences.
   */
  'replace-lost-question-marks': replaceLostQuestionMarks,
  /**
   * C3 then a space (0x20) was "à" (C3 A0) whose no-break space was lost and the word space kept:
   * C3 A0 20 (ftfy's A_GRAVE_WORD_RE; when to read it so is the fixer's call, see a-grave-word).
   */
  'restore-a-grave-word': restoreAGraveWord,
  /** A space (0x20) where a UTF-8 continuation byte must stand was a no-break space (0xA0). */
  'restore-byte-a0': restoreByteA0,
  /**
   * E2 80 with no third byte, before a space, a line's end or punctuation, was E2 80 9D, "”": 0x9D
   * is one of the five bytes cp1252 leaves undefined, which decoders drop, and the closing quote
   * is the one character of its row that stands before a space.
   */
  'restore-right-quote': restoreRightQuote,
  /** CESU-8 (each UTF-16 surrogate as a 3-byte sequence, ED A0–AF … ED B0–BF …) to UTF-8. */
  'cesu8-to-utf8': cesu8ToUtf8,
};

/** String-to-string functions a plan may name in an `apply` step. */
export const APPLIERS: Record<string, (text: string) => string> = {
  'uncurl-quotes': uncurlQuotes,
  'fold-width': foldWidth,
};

export function encodeAs(text: string, name: string): Uint8Array {
  const table = tableCharset(name);
  if (table) {
    const bytes = encodeSingleByte(text, table);
    if (!bytes) throw new Error(`cannot encode as ${name}`);
    return bytes;
  }
  return iconv.encode(text, name);
}

export function decodeAs(bytes: Uint8Array, name: string): string {
  const table = tableCharset(name);
  if (table) {
    let out = '';
    for (const b of bytes) out += table.decodeTable[b] || '\uFFFD';
    return out;
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/** Re-apply a plan to the text it was made for. Throws on a malformed plan. */
export function applyPlan(text: string, plan: readonly RepairStep[]): string {
  let str: string | null = text;
  let bytes: Uint8Array | null = null;
  for (const step of plan) {
    if ('encode' in step) {
      if (str === null) throw new Error('encode step needs text');
      bytes = encodeAs(str, step.encode);
      str = null;
    } else if ('decode' in step) {
      if (bytes === null) throw new Error('decode step needs bytes');
      str = decodeAs(bytes, step.decode);
      bytes = null;
    } else if ('transcode' in step) {
      const fn = TRANSCODERS[step.transcode];
      if (bytes === null || !fn) throw new Error(`bad transcode step ${step.transcode}`);
      bytes = fn(bytes);
    } else {
      const fn = APPLIERS[step.apply];
      if (str === null || !fn) throw new Error(`bad apply step ${step.apply}`);
      str = fn(str);
    }
  }
  if (str === null) throw new Error('plan ends in bytes');
  return str;
}

/**
 * Inside what would be a UTF-8 sequence, a byte 0x1A or the cp1252 bytes of U+FFFD mark a lost
 * byte; the whole sequence becomes the UTF-8 bytes of U+FFFD.
 */
function replaceLossyBytes(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x1a)) return bytes;
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const need = continuations(b);
    if (need > 0) {
      let j = i + 1;
      let lost = false;
      while (j < bytes.length && j <= i + need && ((bytes[j] >= 0x80 && bytes[j] <= 0xbf) || bytes[j] === 0x1a)) {
        if (bytes[j] === 0x1a) lost = true;
        j++;
      }
      if (lost && j === i + need + 1) {
        out.push(0xef, 0xbf, 0xbd);
        i = j - 1;
        continue;
      }
    }
    out.push(b);
  }
  return Uint8Array.from(out);
}

/**
 * A sequence whose continuation bytes are each 80–BF or 0x1A but for exactly one `?` becomes
 * EF BF BD. Of the two-byte leads only C2 and C3 count (see questionMarkMayBeLost).
 */
function replaceLostQuestionMarks(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x3f)) return bytes;
  let out: number[] | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const need = continuations(bytes[i]);
    let lost = false;
    let j = i + 1;
    if (need > 0 && questionMarkMayBeLost(bytes[i]))
      for (; j <= i + need && j < bytes.length; j++) {
        const c = bytes[j];
        if (c === 0x3f && !lost) lost = true;
        else if (!((c >= 0x80 && c <= 0xbf) || c === 0x1a)) break;
      }
    if (lost && j === i + need + 1) {
      out ??= Array.from(bytes.subarray(0, i));
      out.push(0xef, 0xbf, 0xbd);
      i = j - 1;
      continue;
    }
    out?.push(bytes[i]);
  }
  return out ? Uint8Array.from(out) : bytes;
}

function restoreAGraveWord(bytes: Uint8Array): Uint8Array {
  let out: number[] | null = null;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0xc3 && bytes[i + 1] === 0x20) {
      out ??= Array.from(bytes.subarray(0, i));
      out.push(0xc3, 0xa0);
    } else out?.push(bytes[i]);
  }
  return out ? Uint8Array.from(out) : bytes;
}

function restoreByteA0(bytes: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const need = continuations(bytes[i]);
    for (let j = i + 1; j <= i + need && j < bytes.length; j++) {
      if (bytes[j] === 0x20) {
        out ??= Uint8Array.from(bytes);
        out[j] = 0xa0;
      } else if (bytes[j] < 0x80 || bytes[j] > 0xbf) break;
    }
    i += need;
  }
  return out ?? bytes;
}

function restoreRightQuote(bytes: Uint8Array): Uint8Array {
  let out: number[] | null = null;
  for (let i = 0; i < bytes.length; i++) {
    out?.push(bytes[i]);
    const lost = bytes[i] === 0x80 && i > 0 && bytes[i - 1] === 0xe2 && (i + 1 === bytes.length || afterQuote(bytes[i + 1]));
    if (!lost) continue;
    out ??= Array.from(bytes.subarray(0, i + 1));
    out.push(0x9d);
  }
  return out ? Uint8Array.from(out) : bytes;
}

/**
 * Surrogate pairs written as two 3-byte sequences (CESU-8, Java's "modified UTF-8") become the
 * 4-byte UTF-8 of their code point. Unpaired surrogates stay as they are (and stay invalid).
 */
function cesu8ToUtf8(bytes: Uint8Array): Uint8Array {
  let out: number[] | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const hi = bytes[i] === 0xed && bytes[i + 1] >= 0xa0 && bytes[i + 1] <= 0xaf && (bytes[i + 2] & 0xc0) === 0x80;
    const lo = hi && bytes[i + 3] === 0xed && bytes[i + 4] >= 0xb0 && bytes[i + 4] <= 0xbf && (bytes[i + 5] & 0xc0) === 0x80;
    if (!lo) {
      out?.push(bytes[i]);
      continue;
    }
    const high = 0xd000 | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
    const low = 0xd000 | ((bytes[i + 4] & 0x3f) << 6) | (bytes[i + 5] & 0x3f);
    const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
    out ??= Array.from(bytes.subarray(0, i));
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    i += 5;
  }
  return out ? Uint8Array.from(out) : bytes;
}
