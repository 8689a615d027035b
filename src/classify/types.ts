/** The working state of one block while the block stage runs: features, class, verdict, field. */
import type { Block, Decision } from '../blocks/types.js';
import type { Dateline, Note, Source } from '../types.js';
import type { Features, Script } from './features.js';

/** jusText's classes: how much a block looks like prose on its own, before context. */
export type Quality = 'good' | 'near' | 'short' | 'bad';

export interface Work {
  block: Block;
  /** The block's text as a paragraph (wrapped lines joined), as the rules read it. */
  text: string;
  /** The text as the page has it, where the rules read it otherwise (no-break spaces as plain ones). */
  raw?: string;
  f: Features;
  quality: Quality;
  decision: Decision;
  /** What the block contributes when kept (e.g. without a leading dateline). */
  keptText: string;
  /** Notes about parts of the block (a dateline prefix picked, a spam suffix removed); line is filled at assembly. */
  parts: Note[];
  dateline?: Dateline;
  byline?: string;
  source?: Source;
}

export interface DocStats {
  /** The script covering most letters of the document, and its share. */
  dominant: Script | null;
  dominantShare: number;
  stoplang: string;
  stop: ReadonlySet<string>;
}

export const isOff = (disabled: ReadonlySet<string>, ruleId: string): boolean =>
  disabled.size > 0 && (disabled.has(ruleId) || disabled.has(ruleId.slice(0, ruleId.indexOf('/'))));

/** Chrome verdicts of the prose measures and of the page's structure, not of the vocabulary rules. */
const SOFT_CHROME = ['not-prose', 'menu', 'boilerplate', 'duplicate'];
/** Verdicts of the vocabulary rules: spam, and chrome but for the soft kinds. */
const FIRM = new RegExp(`^(?:spam/|chrome/(?!(?:${SOFT_CHROME.join('|')})))`);
/** The verdict per rule id: a page asks about each of its blocks, and rule ids are few. */
const FIRM_BY_RULE = new Map<string, boolean>();
export function isFirm(ruleId: string): boolean {
  let firm = FIRM_BY_RULE.get(ruleId);
  if (firm === undefined) FIRM_BY_RULE.set(ruleId, (firm = FIRM.test(ruleId)));
  return firm;
}
