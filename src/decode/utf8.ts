/**
 * Strict UTF-8 validation with counts, the first and strongest test of undeclared bytes: a run of
 * valid multi-byte sequences almost never happens by chance in a legacy charset.
 */
export interface Utf8Stats {
  /** Valid sequences of two to four bytes. */
  multibyte: number;
  /** Invalid or overlong sequences, surrogates, and stray continuation bytes. */
  invalid: number;
  /** A sequence cut off by the end of the input (a truncated sample, not evidence against UTF-8). */
  truncatedTail: boolean;
  /** Byte offset of the first invalid sequence, or -1. */
  firstInvalid: number;
  /** Bytes at or above 0x80. */
  highBytes: number;
}

export function utf8Stats(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  let highBytes = 0;
  let firstInvalid = -1;
  let truncatedTail = false;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // past U+10FFFF
    }
    let ok = need > 0;
    let j = 1;
    for (; ok && j <= need; j++) {
      if (i + j >= end) {
        truncatedTail = true;
        ok = false;
        break;
      }
      const c = bytes[i + j]!;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c < min || c > max) ok = false;
    }
    if (truncatedTail) {
      highBytes += end - i;
      break;
    }
    if (ok) {
      multibyte++;
      highBytes += need + 1;
      i += need + 1;
    } else {
      invalid++;
      highBytes++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { multibyte, invalid, truncatedTail, firstInvalid, highBytes };
}
