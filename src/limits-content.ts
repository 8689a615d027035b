/**
 * Content limits applied at the entry, before anything parses: binary input is refused, NUL
 * characters and lone surrogates are removed, and plain text is capped in lines and line length.
 * Each helper returns its input unchanged (the same string) when nothing was past a limit.
 */
import { fmt, MAX_NOTES_PER_RULE, NOTE_PREVIEW_LENGTH, preview } from './limits.js';
import type { Note } from './types.js';

// ---------------------------------------------------------------------------------------------
// Binary input

/**
 * File signatures that are never text. Each is matched at offset 0 unless `at` says otherwise.
 * Known false positive for all: none seen in text, since each starts with a control byte or an
 * exact token (`%PDF-`, `GIF8`) no article begins with.
 */
export const BINARY_SIGNATURES: readonly { kind: string; bytes: readonly number[]; at?: number }[] = [
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'ZIP archive (also docx, xlsx, epub, jar)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive (empty)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gzip stream (decompress it first)', bytes: [0x1f, 0x8b] },
  { kind: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'ISO media (MP4, HEIC)', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 },
  { kind: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'xz stream', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd stream', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'OLE document (doc, xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** Bytes of the head sampled for control-byte density. */
export const BINARY_SAMPLE_LENGTH = 8_192;
/**
 * Share of control bytes (C0 except tab, line feed, form feed, carriage return and ESC, which
 * ISO-2022 text uses) above which input is refused as binary. Text has none; a stray NUL is
 * removed instead (`limits/control-chars`).
 */
export const BINARY_CONTROL_SHARE = 0.1;
/** NUL-heavy input whose NULs sit this consistently on one byte parity is UTF-16 text, not binary. */
export const UTF16_NUL_PARITY_SHARE = 0.9;

const isControl = (c: number): boolean => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b;

export interface BinaryVerdict {
  kind: string;
  evidence: string;
}

/** Reads unit `i` of a byte array or string (a string's U+FFFD stands for any high byte lost in decoding). */
type Unit = (i: number) => number;

function signatureOf(unit: Unit, length: number, isString: boolean): string | null {
  for (const sig of BINARY_SIGNATURES) {
    const at = sig.at ?? 0;
    if (length < at + sig.bytes.length) continue;
    let match = true;
    for (let k = 0; k < sig.bytes.length && match; k++) {
      const u = unit(at + k);
      match = u === sig.bytes[k] || (isString && sig.bytes[k] >= 0x80 && u === 0xfffd);
    }
    if (match) return sig.kind;
  }
  return null;
}

function sniff(unit: Unit, length: number, isString: boolean): BinaryVerdict | null {
  const kind = signatureOf(unit, length, isString);
  if (kind) return { kind, evidence: `starts with the ${kind} signature` };
  const n = Math.min(length, BINARY_SAMPLE_LENGTH);
  if (n === 0) return null;
  let controls = 0;
  const nulByParity = [0, 0];
  for (let i = 0; i < n; i++) {
    const u = unit(i);
    if (u === 0) nulByParity[i % 2]++;
    if (isControl(u)) controls++;
  }
  const share = controls / n;
  if (share < BINARY_CONTROL_SHARE) return null;
  const nuls = nulByParity[0] + nulByParity[1];
  // UTF-16 without a byte-order mark: the NULs of ASCII characters all fall on one parity.
  if (!isString && nuls > 0 && Math.max(nulByParity[0], nulByParity[1]) / nuls >= UTF16_NUL_PARITY_SHARE) return null;
  return {
    kind: 'control bytes',
    evidence: `${(share * 100).toFixed(1)}% of the first ${fmt(n)} ${isString ? 'characters' : 'bytes'} are control characters (${fmt(nuls)} NUL), past ${BINARY_CONTROL_SHARE * 100}%`,
  };
}

export function sniffBinaryBytes(bytes: Uint8Array): BinaryVerdict | null {
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom) return null;
  return sniff((i) => bytes[i], bytes.length, false);
}

/** A control character as `isControl` counts them (C0 except tab, LF, FF, CR and ESC). */
const CONTROL_CHAR = /[\x00-\x08\x0B\x0E-\x1A\x1C-\x1F]/;

export function sniffBinaryString(s: string): BinaryVerdict | null {
  // No control character in the head that `sniff` samples: then only a signature can make the
  // text binary (one native scan, of the head alone however long the text).
  if (!CONTROL_CHAR.test(s.slice(0, BINARY_SAMPLE_LENGTH))) {
    const kind = signatureOf((i) => s.charCodeAt(i), s.length, true);
    return kind ? { kind, evidence: `starts with the ${kind} signature` } : null;
  }
  return sniff((i) => s.charCodeAt(i), s.length, true);
}

export function binaryNote(verdict: BinaryVerdict, head: string, size: string): Note {
  return {
    ruleId: 'limits/binary',
    action: 'remove',
    reason: `refused as binary, not text: ${verdict.evidence} (${size}; note text: the first ${fmt(Math.min(head.length, NOTE_PREVIEW_LENGTH))} units, one character per byte for bytes)`,
    text: head.slice(0, NOTE_PREVIEW_LENGTH),
  };
}

// ---------------------------------------------------------------------------------------------
// NUL and lone surrogates

/** A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const DAMAGED_UNIT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_DAMAGED_UNIT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Removes NUL characters and lone surrogates (which no encoder can write), line by line. Each
 * changed line gets a `limits/control-chars` note whose text is the whole original line.
 */
/** A NUL or any surrogate half: a cheap scan before the exact test (most text has neither). */
const MAY_BE_DAMAGED = /[\0\uD800-\uDFFF]/;

export function removeDamagedUnits(s: string, notes: Note[]): string {
  if (!MAY_BE_DAMAGED.test(s) || !HAS_DAMAGED_UNIT.test(s)) return s;
  const lines = s.split('\n');
  let changedLines = 0;
  let nuls = 0;
  let surrogates = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!HAS_DAMAGED_UNIT.test(line)) continue;
    let lineNuls = 0;
    let lineSurrogates = 0;
    const cleaned = line.replace(DAMAGED_UNIT, (m) => {
      if (m === '\0') lineNuls++;
      else lineSurrogates++;
      return '';
    });
    changedLines++;
    nuls += lineNuls;
    surrogates += lineSurrogates;
    if (changedLines <= MAX_NOTES_PER_RULE) {
      notes.push({
        ruleId: 'limits/control-chars',
        action: 'remove',
        reason: `removed ${fmt(lineNuls)} NUL character(s) and ${fmt(lineSurrogates)} lone surrogate(s) from this line`,
        text: preview(line),
        line: i + 1,
      });
    }
    lines[i] = cleaned;
  }
  if (changedLines > MAX_NOTES_PER_RULE) {
    notes.push({
      ruleId: 'limits/control-chars',
      action: 'remove',
      reason: `${fmt(changedLines)} lines in all held ${fmt(nuls)} NUL character(s) and ${fmt(surrogates)} lone surrogate(s), all removed; only the first ${MAX_NOTES_PER_RULE} lines have their own note`,
      text: '',
    });
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Plain-text lines

const LINE_BREAK = /\r\n|\r|\n/g;

/** Where to cut one over-long line: at `max`, never inside a surrogate pair. */
function lineCutPoint(line: string, max: number): number {
  const code = line.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Plain text capped at `maxLines` lines (`limits/lines-cut`) and each line at `maxLineLength`
 * characters (`limits/line-cut`, one note per line up to MAX_NOTES_PER_RULE).
 */
export function capLines(
  s: string,
  maxLines: number,
  maxLineLength: number,
  notes: Note[],
  allow: { lines: boolean; lineLength: boolean },
): string {
  if (withinLineLimits(s, allow.lines ? maxLines : Infinity, allow.lineLength ? maxLineLength : Infinity)) return s;
  const parts: string[] = [];
  let changed = false;
  let lineNo = 0;
  let start = 0;
  let longLines = 0;
  let longChars = 0;
  LINE_BREAK.lastIndex = 0;
  while (start <= s.length) {
    const m = LINE_BREAK.exec(s);
    const end = m ? m.index : s.length;
    const next = m ? m.index + m[0].length : s.length + 1;
    lineNo++;
    if (allow.lines && lineNo > maxLines) {
      const cut = s.slice(start);
      const rest = lineCount(cut);
      notes.push({
        ruleId: 'limits/lines-cut',
        action: 'remove',
        reason: `input has ${fmt(lineNo - 1 + rest)} lines, past the limit of ${fmt(maxLines)} (limits.maxBlocks); the last ${fmt(rest)} lines (${fmt(cut.length)} characters) were cut (note text: their first ${fmt(Math.min(cut.length, NOTE_PREVIEW_LENGTH))} characters)`,
        text: preview(cut),
        line: lineNo,
      });
      changed = true;
      // Drop the line break before the cut, so the kept text ends where its last line does.
      if (parts.length > 0) parts[parts.length - 1] = parts[parts.length - 1].replace(/(?:\r\n|\r|\n)$/, '');
      break;
    }
    const line = s.slice(start, end);
    const breakText = m ? m[0] : '';
    if (allow.lineLength && line.length > maxLineLength) {
      const at = lineCutPoint(line, Math.floor(maxLineLength));
      const tail = line.slice(at);
      longLines++;
      longChars += tail.length;
      if (longLines <= MAX_NOTES_PER_RULE) {
        notes.push({
          ruleId: 'limits/line-cut',
          action: 'remove',
          reason: `line is ${fmt(line.length)} characters, past the limit of ${fmt(maxLineLength)} (limits.maxLineLength); its last ${fmt(tail.length)} characters were cut (note text: their first ${fmt(Math.min(tail.length, NOTE_PREVIEW_LENGTH))})`,
          text: preview(tail),
          line: lineNo,
        });
      }
      parts.push(line.slice(0, at) + breakText);
      changed = true;
    } else {
      parts.push(line + breakText);
    }
    if (!m) break;
    start = next;
  }
  if (longLines > MAX_NOTES_PER_RULE) {
    notes.push({
      ruleId: 'limits/line-cut',
      action: 'remove',
      reason: `${fmt(longLines)} lines in all were past ${fmt(maxLineLength)} characters; ${fmt(longChars)} characters were cut from them; only the first ${MAX_NOTES_PER_RULE} have their own note`,
      text: '',
    });
  }
  return changed ? parts.join('') : s;
}

/**
 * True when `s` has at most `maxLines` lines and none longer than `maxLineLength` (the common
 * case: then `capLines` returns `s` without splitting it). Line feeds are found natively; text
 * with a carriage return takes the exact path.
 */
function withinLineLimits(s: string, maxLines: number, maxLineLength: number): boolean {
  if (s.length <= maxLineLength && s.length < maxLines) return true;
  if (s.includes('\r')) return false;
  let lines = 1;
  let start = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    if (i - start > maxLineLength || ++lines > maxLines) return false;
    start = i + 1;
  }
  return s.length - start <= maxLineLength;
}

const ANY_LINE_BREAK = /\r\n|\r|\n/g;

function lineCount(s: string): number {
  let n = 1;
  ANY_LINE_BREAK.lastIndex = 0;
  while (ANY_LINE_BREAK.exec(s)) n++;
  return n;
}
