/**
 * Input normalisation: whatever the caller hands over becomes one string in one mode, within the
 * limits (src/limits.ts). Bytes are decoded here (once); nothing later reaches back to the bytes.
 */
import { decodeBytesWith } from './decode/decode-bytes.js';
import { binaryNote, capLines, removeDamagedUnits, sniffBinaryBytes, sniffBinaryString } from './limits-content.js';
import { capEntities, flattenDeepNesting } from './limits-html.js';
import { Budget, cutBytes, cutInput, fmt, isDisabled, latin1, NOTE_PREVIEW_LENGTH, preview, resolveLimits, type ResolvedLimits } from './limits.js';
import type { ArticleInput, CleanOptions, Note } from './types.js';

export interface NormalizedInput {
  mode: 'text' | 'html';
  content: string;
  url: string | null;
  /** The limits in force (the caller's over the defaults). Pipelines cap blocks with `limits.maxBlocks`. */
  limits: ResolvedLimits;
  /** The time limit: stages call `budget.skip('stage name', notes)` between steps and stop when it says so. */
  budget: Budget;
  /** True when the input was refused (binary, empty or whitespace only): the pipelines are not run. */
  refused: boolean;
}

// A doctype, an <html>/<body>/<head> tag, or dense tags: markup. Anything else is plain text.
const MARKUP_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/i;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?>/gi;
/** Tags per 1,000 characters above which a string is treated as markup. */
export const MARKUP_TAG_DENSITY = 5;

export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 4096);
  if (MARKUP_START.test(head)) return true;
  const sample = s.slice(0, 20_000);
  const tags = sample.match(TAG)?.length ?? 0;
  return tags >= 3 && (tags * 1000) / Math.max(sample.length, 1) >= MARKUP_TAG_DENSITY;
}

function isBytes(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array;
}

/** A Uint8Array, or an ArrayBuffer or other typed array viewed as bytes (never copied); else null. */
function asBytes(x: unknown): Uint8Array | null {
  if (isBytes(x)) return x;
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  return null;
}

/** Any character that is not whitespace. */
const HAS_TEXT = /\S/;

const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The caller's `disable` list as a set of strings (anything else in it is ignored). */
export function disabledSet(options: CleanOptions): Set<string> {
  const list: unknown = options.disable;
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

/**
 * Bytes through the entry's limits: refused when binary, cut to `maxInputLength`, then decoded.
 * Returns null when refused.
 */
function decodeWithinLimits(
  bytes: Uint8Array,
  contentType: string | undefined,
  limits: ResolvedLimits,
  disabled: ReadonlySet<string>,
  notes: Note[],
): string | null {
  if (!isDisabled('limits/binary', disabled)) {
    const verdict = sniffBinaryBytes(bytes);
    if (verdict) {
      notes.push(binaryNote(verdict, latin1(bytes.subarray(0, NOTE_PREVIEW_LENGTH)), `${fmt(bytes.length)} bytes`));
      return null;
    }
  }
  const kept = isDisabled('limits/input-cut', disabled) ? bytes : cutBytes(bytes, limits.maxInputLength, notes);
  const decoded = decodeBytesWith(kept, { contentType }, { disable: [...disabled] });
  notes.push(...decoded.notes);
  return decoded.text;
}

/**
 * Whatever the caller hands over becomes one string in one mode, within the limits: binary input
 * is refused, long input is cut, NUL characters and lone surrogates are removed, plain text is
 * capped in lines and line length, and deep HTML nesting is flattened. Each step adds its note.
 */
export function normalizeInput(
  input: string | Uint8Array | ArticleInput,
  options: CleanOptions,
  notes: Note[],
  budget?: Budget,
): NormalizedInput {
  const limits = resolveLimits(options.limits);
  const disabled = disabledSet(options);
  const timer = budget ?? new Budget(limits.timeoutMs);
  let forced: 'text' | 'html' | null = options.mode === 'text' || options.mode === 'html' ? options.mode : null;
  let url = str(options.url) ?? null;
  let contentType = str(options.contentType);
  let content: string | null = null;
  let isString = false;

  const inputBytes = asBytes(input);
  if (typeof input === 'string') {
    content = input;
    isString = true;
  } else if (inputBytes) {
    content = decodeWithinLimits(inputBytes, contentType, limits, disabled, notes);
  } else if (input && typeof input === 'object') {
    const given = input as ArticleInput;
    url = str(given.url) ?? url;
    contentType = str(given.contentType) ?? contentType;
    const html = str(given.html);
    const text = str(given.text);
    const bytes = asBytes(given.bytes);
    if (html !== undefined) {
      content = html;
      isString = true;
      forced ??= 'html';
    } else if (text !== undefined) {
      content = text;
      isString = true;
      forced ??= 'text';
    } else if (bytes) {
      content = decodeWithinLimits(bytes, contentType, limits, disabled, notes);
    } else {
      content = '';
    }
  } else {
    content = '';
  }
  // One literal of one shape for every exit (a spread of shared fields cloned them through a slow path).
  const result = (mode: 'text' | 'html', content: string, refused: boolean): NormalizedInput => ({ url, limits, budget: timer, mode, content, refused });
  if (content === null) return result(forced ?? 'text', '', true);

  if (isString) {
    const verdict = isDisabled('limits/binary', disabled) ? null : sniffBinaryString(content);
    if (verdict) {
      notes.push(binaryNote(verdict, content.slice(0, NOTE_PREVIEW_LENGTH), `${fmt(content.length)} characters`));
      return result(forced ?? 'text', '', true);
    }
    if (!isDisabled('limits/input-cut', disabled)) content = cutInput(content, limits.maxInputLength, notes);
  }
  if (!isDisabled('limits/control-chars', disabled)) content = removeDamagedUnits(content, notes);
  // A caller's own parsed Document is the input itself: no markup string is needed beside it.
  if (!HAS_TEXT.test(content) && options.document && typeof options.document === 'object') {
    return result('html', '', false);
  }
  if (!HAS_TEXT.test(content)) {
    notes.push({
      ruleId: 'limits/empty',
      action: 'remove',
      reason: content.length === 0 ? 'input is empty: nothing to clean' : `input is ${fmt(content.length)} characters, all whitespace: nothing to clean`,
      text: preview(content),
    });
    return result(forced ?? 'text', '', true);
  }

  const mode = forced ?? (looksLikeHtml(content) || /html|xml/i.test(contentType ?? '') ? 'html' : 'text');
  if (mode === 'text') {
    content = capLines(content, limits.maxBlocks, limits.maxLineLength, notes, {
      lines: !isDisabled('limits/lines-cut', disabled),
      lineLength: !isDisabled('limits/line-cut', disabled),
    });
  } else {
    if (!isDisabled('limits/entities-cut', disabled)) content = capEntities(content, limits.maxEntities, notes);
    if (!isDisabled('limits/nesting-depth', disabled)) content = flattenDeepNesting(content, limits.maxDepth, notes);
  }
  return result(mode, content, false);
}
