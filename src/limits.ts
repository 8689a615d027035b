/**
 * Limits on work: the named defaults for every limit in one place, and the helpers that apply them.
 *
 * Every cut or refusal becomes a `limits/*` note carrying the measured values, never a throw. The
 * entry (src/input.ts) applies the size limits before anything parses; the time limit travels
 * down as a `Budget` on the normalised input, which later stages consult between steps.
 *
 * | rule id                 | what                                                              |
 * | ----------------------- | ----------------------------------------------------------------- |
 * | `limits/input-cut`      | input longer than `maxInputLength`: the tail is cut               |
 * | `limits/lines-cut`      | plain text with more than `maxBlocks` lines: the rest is cut      |
 * | `limits/line-cut`       | a plain-text line longer than `maxLineLength`: its tail is cut    |
 * | `limits/blocks-cut`     | more than `maxBlocks` blocks after segmentation (see `capBlocks`) |
 * | `limits/nesting-depth`  | HTML nested deeper than `maxDepth`: the deeper tags are dropped   |
 * | `limits/entities-cut`   | HTML with more than `maxEntities` character references: cut there |
 * | `limits/binary`         | PNG, ZIP, PDF… bytes or control-byte soup: refused                |
 * | `limits/control-chars`  | NUL characters and lone surrogates removed from a line            |
 * | `limits/empty`          | empty or whitespace-only input: nothing to clean                  |
 * | `limits/timeout`        | `timeoutMs` spent: the remaining stages are skipped               |
 */
import type { Limits, Note } from './types.js';

export type ResolvedLimits = Required<Limits>;

/**
 * The defaults. Sized from the evaluation pages: the largest real news page there is 1.5 MB of
 * HTML, so 5 MB leaves three times that; a plain-text article is rarely past 2,000 lines.
 */
export const DEFAULT_LIMITS: ResolvedLimits = {
  // UTF-16 code units for strings, bytes for byte input. 3x the largest page seen (1.5 MB).
  maxInputLength: 5_000_000,
  // A scraped paragraph on one line is ~1-10k characters; 100k is a short book chapter.
  maxLineLength: 100_000,
  // Lines of plain text (and blocks, where a pipeline caps them): 10x a long article.
  maxBlocks: 20_000,
  // Wall-clock budget per article. A 1.5 MB page takes well under a second on one core.
  timeoutMs: 10_000,
  // Element nesting depth kept before the DOM parser. The deepest of the 181 benchmark pages nests
  // under 64 counted levels (two pass 48); 128 is twice that. The HTML stage (Readability's passes
  // over a DOM) costs about the square of the depth: 128 levels took 1.3 s, 512 took 30 s (linkedom,
  // loaded 2-core machine). Blink's parser stops nesting at 512.
  maxDepth: 128,
  // HTML character references (`&amp;`, `&#233;`) kept. linkedom makes one text node per reference,
  // so a million of them cost a million nodes; the most in a benchmark page is 13,080.
  maxEntities: 50_000,
};

/** How much of a cut or refused text a note keeps in its `text` (the start of it, exactly). */
export const NOTE_PREVIEW_LENGTH = 1_000;
/** Per-line notes of one rule before the rest are summed up in one closing note. */
export const MAX_NOTES_PER_RULE = 100;
/** When cutting, look back this far for a line break to cut at instead of mid-line. */
export const CUT_LOOKBACK = 65_536;

/** The caller's limits over the defaults; a missing, non-numeric, NaN, zero or negative value keeps the default. */
export function resolveLimits(limits: unknown): ResolvedLimits {
  const given = limits && typeof limits === 'object' ? (limits as Record<string, unknown>) : {};
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ResolvedLimits)[]) {
    const value = Object.prototype.hasOwnProperty.call(given, key) ? given[key] : undefined;
    if (typeof value === 'number' && value > 0) out[key] = value; // Infinity allowed: no limit
  }
  return out;
}

/** Whether a rule id is switched off by `options.disable` (the id itself or its family). */
export function isDisabled(ruleId: string, disabled: ReadonlySet<string>): boolean {
  return disabled.has(ruleId) || disabled.has(ruleId.slice(0, ruleId.indexOf('/')));
}

/** `1,234,567` */
export const fmt = (n: number): string => n.toLocaleString('en-US');

/** The start of a text, as much as a note keeps. */
export const preview = (s: string): string => (s.length > NOTE_PREVIEW_LENGTH ? s.slice(0, NOTE_PREVIEW_LENGTH) : s);

/** 1-based line number of `offset` in `s` (counts `\n`). */
export function lineAt(s: string, offset: number): number {
  let line = 1;
  for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------
// Time

/**
 * The time limit, passed down on the normalised input. Synchronous code cannot be interrupted, so
 * stages ask `skip(stage, notes)` between steps: once the budget is spent it returns true and adds
 * one `limits/timeout` note naming the first stage skipped.
 */
export class Budget {
  readonly startedAt: number;
  readonly deadline: number;
  private noted = false;

  constructor(
    readonly timeoutMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.startedAt = clock();
    this.deadline = this.startedAt + timeoutMs;
  }

  elapsed(): number {
    return this.clock() - this.startedAt;
  }

  expired(): boolean {
    return this.clock() > this.deadline;
  }

  /** True when the budget is spent; the first call that finds it spent adds the note. */
  skip(stage: string, notes: Note[]): boolean {
    if (!this.expired()) return false;
    if (!this.noted) {
      this.noted = true;
      notes.push({
        ruleId: 'limits/timeout',
        action: 'remove',
        reason: `${fmt(Math.round(this.elapsed()))} ms spent, past the ${fmt(this.timeoutMs)} ms budget (limits.timeoutMs); ${stage} and the stages after it were skipped`,
        text: '',
      });
    }
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Size

/** Where to cut a string of more than `max` units: after a line break near the limit, else at it (never inside a surrogate pair). */
function stringCutPoint(s: string, max: number): number {
  const newline = s.lastIndexOf('\n', max - 1);
  if (newline !== -1 && newline >= max - CUT_LOOKBACK) return newline + 1;
  const code = s.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** The input cut to `maxInputLength` code units, with a `limits/input-cut` note when it was longer. */
export function cutInput(s: string, max: number, notes: Note[]): string {
  if (s.length <= max) return s;
  return cutTail(s, max, notes, 'limits/input-cut', `input is ${fmt(s.length)} characters, past the limit of ${fmt(max)} (limits.maxInputLength)`);
}

/** `s` cut at or a little before `max` (see stringCutPoint), with a note: `why`, then what was cut. */
export function cutTail(s: string, max: number, notes: Note[], ruleId: string, why: string): string {
  const at = stringCutPoint(s, Math.floor(max));
  const cut = s.slice(at);
  notes.push({
    ruleId,
    action: 'remove',
    reason: `${why}; the last ${fmt(cut.length)} characters were cut (note text: their first ${fmt(Math.min(cut.length, NOTE_PREVIEW_LENGTH))})`,
    text: preview(cut),
    line: lineAt(s, at),
  });
  return s.slice(0, at);
}

/** Where to cut bytes: after a line feed near the limit, else before a UTF-8 continuation run; even for UTF-16. */
function byteCutPoint(bytes: Uint8Array, max: number): number {
  let at = max;
  const floor = Math.max(0, max - CUT_LOOKBACK);
  let newline = -1;
  for (let i = max - 1; i >= floor; i--) {
    if (bytes[i] === 0x0a) {
      newline = i;
      break;
    }
  }
  if (newline !== -1) at = newline + 1;
  else for (let back = 0; back < 3 && at > 0 && (bytes[at] & 0xc0) === 0x80; back++) at--;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 && at % 2 === 1) at = at + 1 <= max ? at + 1 : at - 1;
  return at;
}

/** Byte input cut to `maxInputLength` bytes (a view, never a copy or a mutation), with a note. */
export function cutBytes(bytes: Uint8Array, max: number, notes: Note[]): Uint8Array {
  if (bytes.length <= max) return bytes;
  const at = byteCutPoint(bytes, Math.floor(max));
  const tail = bytes.subarray(at, at + NOTE_PREVIEW_LENGTH);
  notes.push({
    ruleId: 'limits/input-cut',
    action: 'remove',
    reason: `input is ${fmt(bytes.length)} bytes, past the limit of ${fmt(max)} (limits.maxInputLength); the last ${fmt(bytes.length - at)} bytes were cut before decoding (note text: their first ${fmt(tail.length)}, one character per byte)`,
    text: latin1(tail),
  });
  return bytes.subarray(0, at);
}

/** Bytes as one character per byte (a lossless, printable-enough view of undecoded bytes). */
export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

/**
 * Caps a list of blocks at `maxBlocks`, with a `limits/blocks-cut` note. For pipelines whose
 * segmentation yields blocks the entry could not count (HTML).
 */
export function capBlocks<T>(blocks: readonly T[], max: number, notes: Note[], textOf: (block: T) => string): T[] {
  if (blocks.length <= max) return blocks.slice();
  const kept = blocks.slice(0, Math.floor(max));
  const first = blocks[kept.length];
  notes.push({
    ruleId: 'limits/blocks-cut',
    action: 'remove',
    reason: `${fmt(blocks.length)} blocks, past the limit of ${fmt(max)} (limits.maxBlocks); the last ${fmt(blocks.length - kept.length)} were cut (note text: the first cut block)`,
    text: preview(textOf(first)),
  });
  return kept;
}
