/**
 * The boundary between segmentation and classification. Plain text and HTML both become a list of
 * Blocks plus PageMeta; from there one classifier, one revise pass and one assembly serve both.
 * Blocks carry features, never DOM nodes.
 */
import type { Note } from '../types.js';

/** What a block is, once classified. Only assembly drops anything. */
export type Label =
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'source'
  | 'body'
  | 'chrome'
  | 'offtopic'
  | 'spam';

export interface Block {
  /** Position in document order, 0-based. */
  index: number;
  /** The block's text exactly as it stood in the (repaired) input, trimmed of surrounding blank lines. */
  text: string;
  /** 1-based line of the block's first line in the input, where the input has lines. */
  line: number | null;
  /** Number of input lines the block spans (plain text); 1 for HTML blocks. */
  lineCount: number;
  /** HTML only: the element that produced the block (`p`, `h1`, `li`, `td`, `figcaption`…). */
  tag: string | null;
  /** HTML only: heading level 1–6 for `h1`–`h6`, else null. */
  headingLevel: number | null;
  /** HTML only: share of the text that sits inside links, 0–1; null where unknown (plain text). */
  linkDensity: number | null;
  /** HTML only: whether Readability kept this block in its article; null where not run. */
  inReadability: boolean | null;
  /** HTML only: names of landmark ancestors (`nav`, `header`, `footer`, `aside`, `form`) and class/id hints. */
  containerHints: string[];
}

/** Metadata collected from the page (HTML) or left empty (plain text). */
export interface PageMeta {
  /** Candidate headlines with where they came from (`json-ld`, `og:title`, `h1`, `title`). */
  headlines: { value: string; from: string }[];
  /** Candidate publication dates, ISO `YYYY-MM-DD`, with where they came from. */
  dates: { value: string; from: string }[];
  authors: { value: string; from: string }[];
  publishers: { value: string; from: string }[];
  /** `<html lang>` or `og:locale`, where given. */
  language: string | null;
  url: string | null;
}

export const emptyMeta = (url: string | null = null): PageMeta => ({
  headlines: [],
  dates: [],
  authors: [],
  publishers: [],
  language: null,
  url,
});

/** The verdict of a rule on a block: the label, the rule that gave it, and the measured evidence. */
export interface Decision {
  label: Label;
  ruleId: string;
  reason: string;
}

export interface LabelledBlock {
  block: Block;
  decision: Decision;
  /** The text this block contributes when kept (e.g. a paragraph with its leading dateline stripped). */
  keptText: string;
}

/** What travels through the block stages, collecting notes. */
export interface DocContext {
  mode: 'text' | 'html';
  meta: PageMeta;
  /** Rule ids or families switched off by the caller. */
  disabled: ReadonlySet<string>;
  notes: Note[];
}
