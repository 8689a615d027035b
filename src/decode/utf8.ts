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
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const len = validSequenceLength(bytes, i, end);
    if (len < 0) {
      truncatedTail = true;
      highBytes += end - i;
      break;
    }
    if (len > 0) {
      multibyte++;
      highBytes += len;
      i += len;
    } else {
      invalid++;
      highBytes++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { multibyte, invalid, truncatedTail, firstInvalid, highBytes };
}

export interface MixedUtf8 {
  text: string;
  /** The stray bytes read in the fallback charset: byte offset and the character each became. */
  strays: { at: number; char: string }[];
}

/**
 * UTF-8 with a few stray legacy bytes (a windows-1252 quote pasted into a UTF-8 page): valid
 * sequences are read as UTF-8, each invalid byte alone in the fallback charset, which keeps the
 * character U+FFFD would lose. A sequence cut off by the end of the input stays U+FFFD: it is a
 * truncation, not a stray byte.
 */
export function decodeUtf8WithFallback(bytes: Uint8Array, fallback: (byte: number) => string): MixedUtf8 {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  const strays: { at: number; char: string }[] = [];
  let runStart = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = validSequenceLength(bytes, i, n);
    if (len > 0) {
      i += len;
      continue;
    }
    if (len < 0) break; // truncated at the end
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    const char = fallback(b);
    parts.push(char);
    strays.push({ at: i, char });
    i++;
    runStart = i;
  }
  if (runStart < n) parts.push(utf8.decode(bytes.subarray(runStart, n)));
  return { text: parts.join(''), strays };
}

/** Length of the valid UTF-8 sequence at `i`, 0 when invalid, -1 when cut off by the end. */
function validSequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let j = 1; j <= need; j++) {
    if (i + j >= end) return -1;
    const c = bytes[i + j]!;
    if (c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}
