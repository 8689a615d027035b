/**
 * Where a line holds what looks like UTF-8 sequences shown in one single-byte charset: a lead
 * character (byte C2–F4) followed by as many continuation characters (80–BF) as the lead asks for,
 * and runs of such sequences joined by short ASCII gaps. One scan with a byte lookup per character,
 * no regex: this is the hot path of damaged text.
 */
import type { SingleByteCharset } from './charsets.js';

export interface SequenceReading {
  cs: SingleByteCharset;
  /**
   * A lost byte (U+FFFD, 0x1A) may stand for a continuation byte (sloppy charsets), and so may a
   * plain `?` where a decoder wrote one for a byte it could not map (see LOST_AS_QUESTION_MARK).
   */
  lossy: boolean;
  /** A space may stand for a continuation byte: a flattened no-break space. */
  restoreNbsp: boolean;
  /** Printable ASCII runs up to this long join two sequences into one span. */
  maxAsciiGap: number;
}

/** Continuation bytes a UTF-8 lead byte asks for; 0 when the byte is no lead. */
export function continuations(b: number): number {
  return b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
}

/**
 * Whether a `?` after this lead byte may be a lost continuation byte, as in ftfy's lossy
 * sequences (one `?` a sequence): inside any three- or four-byte sequence, but of the two-byte leads only after C2 and
 * C3 ("Â", "Ã"), where the lost byte is a cp1252 punctuation mark's; after other two-byte leads
 * ("Ð?", "Å?") a question mark is too often just one.
 */
export function questionMarkMayBeLost(lead: number): boolean {
  return lead === 0xc2 || lead === 0xc3 || (lead >= 0xe0 && lead <= 0xf4);
}

/** What may stand after a closing quote: a space, or ASCII punctuation but "?" (a "?" after "â€" is the lost byte itself under a lossy reading: see replace-lost-question-marks). */
const AFTER_QUOTE = new Uint8Array(0x80);
for (const c of ' \t\r\n,.;:!)]}') AFTER_QUOTE[c.charCodeAt(0)] = 1;
export const afterQuote = (c: number): boolean => c < 0x80 && AFTER_QUOTE[c] === 1;

/** Length of the sequence starting at `i`, or 0. */
function sequenceAt(line: string, i: number, byteOf: Uint8Array, lossy: boolean, restoreNbsp: boolean): number {
  const lead = byteOf[line.charCodeAt(i)];
  const need = continuations(lead);
  if (!need) return 0;
  // A closing quote that lost its last byte, 0x9D ("â€" before a space or a line's end): see restore-right-quote.
  if (lead === 0xe2 && i + 1 < line.length && byteOf[line.charCodeAt(i + 1)] === 0x80 && (i + 2 === line.length || afterQuote(line.charCodeAt(i + 2)))) return 2;
  if (i + need >= line.length) return 0;
  // At most one `?` per sequence, as in ftfy: "é??" is a word and two question marks.
  let questionMark = false;
  for (let k = 1; k <= need; k++) {
    const c = line.charCodeAt(i + k);
    const b = byteOf[c];
    if ((b >= 0x80 && b <= 0xbf) || (lossy && b === 0x1a) || (restoreNbsp && c === 0x20)) continue;
    if (!(lossy && c === 0x3f && !questionMark && questionMarkMayBeLost(lead))) return 0;
    questionMark = true;
  }
  return need + 1;
}

/**
 * The spans, leftmost first, each as long as joining sequences over ASCII gaps makes it; only
 * sequences starting in [from, to) are looked for (a span may run past `to`).
 */
export function sequenceSpans(line: string, r: SequenceReading, from = 0, to = line.length): [number, number][] {
  const spans: [number, number][] = [];
  const { lossy, restoreNbsp, maxAsciiGap } = r;
  const byteOf = r.cs.byteOf;
  const n = line.length;
  for (let i = from; i < to; ) {
    const c = line.charCodeAt(i);
    // Only a lead can start a sequence; ASCII never is one.
    if (c < 0x80 || byteOf[c] < 0xc2) {
      i++;
      continue;
    }
    const len = sequenceAt(line, i, byteOf, lossy, restoreNbsp);
    if (!len) {
      i++;
      continue;
    }
    const start = i;
    let end = i + len;
    for (;;) {
      let j = end;
      while (j < n && j - end <= maxAsciiGap) {
        const d = line.charCodeAt(j);
        if (d < 0x20 || d > 0x7e) break;
        j++;
      }
      if (j - end > maxAsciiGap || j >= n) break;
      const next = sequenceAt(line, j, byteOf, lossy, restoreNbsp);
      if (!next) break;
      end = j + next;
    }
    spans.push([start, end]);
    i = end;
  }
  return spans;
}

/**
 * Strict UTF-8 decoding of a short byte run in plain JavaScript (cheaper than a native call for
 * the few bytes of a span): null on any invalid sequence, overlong form, surrogate or code point
 * above U+10FFFF, exactly as `isUtf8` rejects them.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  const n = bytes.length;
  // A byte gives one code unit at most: the scratch room holds the whole decoding.
  if (UNITS.length < n) UNITS = new Uint16Array(2 * n);
  const units = UNITS;
  let m = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      units[m++] = b;
      i++;
      continue;
    }
    const need = continuations(b);
    if (!need || i + need >= n) return null;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp > 0xffff) {
      units[m++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[m++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[m++] = cp;
    i += need + 1;
  }
  let out = '';
  // fromCharCode takes any array-like through apply; TypeScript types its arguments as an array.
  for (let i = 0; i < m; i += 4096) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(m, i + 4096)) as unknown as number[]);
  return out;
}

/** Room for decodeUtf8Strict's code units, reused from call to call (grown when a run needs more). */
let UNITS = new Uint16Array(1024);
