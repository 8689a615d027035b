/**
 * The public contract of copydesk. These shapes are fixed: users and outside checks rely on them.
 * Internal stage types live next to their stages (src/blocks/types.ts).
 */

/** One explanation: every repair, removal, decoding choice or metadata pick carries one. */
export interface Note {
  /** `family/name`, the same id used in options, the README's rule table and the tests. */
  ruleId: string;
  action: 'decode' | 'repair' | 'remove' | 'pick';
  /** A human sentence with the measured values. */
  reason: string;
  /** The exact original text concerned. */
  text: string;
  /** For repairs: what the text became. */
  replacement?: string;
  /** 1-based line of the input, where it has one. */
  line?: number;
  /**
   * For repairs: the replayable plan, e.g. `[{encode: 'windows-1252'}, {decode: 'utf-8'}]`.
   * Replaying it over `text` gives `replacement`.
   */
  plan?: RepairStep[];
}

/** One step of a repair plan. Exactly one of the keys is set. */
export type RepairStep =
  | { encode: string }
  | { decode: string }
  | { transcode: string }
  | { apply: string };

export interface ArticleInput {
  text?: string;
  html?: string;
  bytes?: Uint8Array;
  url?: string;
  contentType?: string;
}

export interface Dateline {
  text: string;
  place: string | null;
  /** YYYY-MM-DD */
  date: string | null;
}

export interface Source {
  name: string;
  kind: 'wire' | 'publisher';
}

export interface Article {
  headline: string | null;
  dateline: Dateline | null;
  byline: string | null;
  source: Source | null;
  paragraphs: string[];
  /** paragraphs joined by "\n\n" */
  body: string;
  /** BCP 47, where known */
  language: string | null;
  notes: Note[];
}

/** Explicit limits on work. Inputs past a limit are cut or refused with a note, never a throw. */
export interface Limits {
  /** Bytes or UTF-16 code units of input kept; the rest is cut with a note. */
  maxInputLength?: number;
  /** Characters kept per line (plain text); longer lines are cut with a note. */
  maxLineLength?: number;
  /** Lines or blocks considered; the rest are cut with a note. */
  maxBlocks?: number;
  /** Wall-clock budget in milliseconds; stages past it are skipped with a note. */
  timeoutMs?: number;
  /** HTML: element nesting depth kept; deeper tags are dropped (their text kept) before parsing, with a note. */
  maxDepth?: number;
  /** HTML: character references (`&amp;`, `&#233;`) kept; the markup is cut before the first one past it, with a note. */
  maxEntities?: number;
}

export interface RepairOptions {
  /** Rule ids (`mojibake/...`) not to apply. */
  disable?: string[];
  /** Straighten curly quotes and fold full-width forms. Off by default. */
  normalizeTypography?: boolean;
}

export interface CleanOptions {
  /** `auto` (default) sniffs markup; `text` and `html` force the mode. */
  mode?: 'auto' | 'text' | 'html';
  /** The page's address: a hint for dates, site names and relative links. */
  url?: string;
  /** A Content-Type header, for byte input (its charset is honoured). */
  contentType?: string;
  /** Rule ids (`family/name`) or whole families (`family`) to switch off. */
  disable?: string[];
  /** HTML engine: `linkedom` (default, fast) or `jsdom` (standards-complete). */
  dom?: 'linkedom' | 'jsdom';
  /** A caller's already parsed Document (jsdom, linkedom or a browser's); it is never mutated. */
  document?: unknown;
  /** Options passed to encoding repair, or `false` to skip repair. */
  repair?: RepairOptions | false;
  /** Detect the language of the body. Default true. */
  detectLanguage?: boolean;
  limits?: Limits;
}

export interface RepairResult {
  text: string;
  changed: boolean;
  notes: Note[];
}

export interface DecodeHints {
  contentType?: string;
}

export interface DecodeResult {
  text: string;
  encoding: string;
  notes: Note[];
}
