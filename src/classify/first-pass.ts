/**
 * The first pass: each block alone. Vocabulary rules (chrome, spam) give a firm verdict; every
 * other block gets jusText's prose class from its length, stop-word density and link density.
 * Nothing is dropped here: the verdicts are labels with the measured evidence.
 */
import type { Block, Decision } from '../blocks/types.js';
import { CHROME_RULES, type ChromeRule } from '../rules/chrome.js';
import { SETTINGS as S } from '../rules/settings.js';
import { countScripts, type Features, type Script } from './features.js';
import { isOff, type DocStats, type Quality } from './types.js';

/** Hundredths 0–100 as text ("0", "0.01" … "1"): the shares quoted in every block's reason. */
const HUNDREDTHS = Array.from({ length: 101 }, (_, k) => String(k / 100));
const fmt = (x: number): string => {
  const k = Math.round(x * 100);
  return k >= 0 && k <= 100 ? HUNDREDTHS[k] : String(k / 100);
};

/** A short run of letters in a script other than the document's dominant one (Latin excepted). */
export function foreignScript(f: Features, doc: DocStats): Script | null {
  if (!doc.dominant || doc.dominantShare < S.dominantScriptMinShare) return null;
  // The block's letters must all be of one script (one key, counted without building entries).
  let script: Script | null = null;
  for (const k in f.scripts) {
    if (script !== null) return null;
    script = k as Script;
  }
  if (script === null) return null;
  // Latin is excluded: brand names and names in Latin letters are normal in every script's news.
  return script !== doc.dominant && script !== 'latin' ? script : null;
}

type Verdict = { quality: Quality; decision: Decision };

const bad = (ruleId: string, label: Decision['label'], reason: string): Verdict => ({ quality: 'bad', decision: { label, ruleId, reason } });
const BODY_RULE: Record<Quality, string> = { good: 'body/good', near: 'body/near', short: 'body/short', bad: 'body/bad' };

/**
 * A verdict from the block's measures (length, stop-word density). Its reason quotes them and is
 * formatted on first read only: most are never read (a kept paragraph's, or one a later rule
 * replaces, such as a menu item's), and formatting every block's was most of the first pass's
 * garbage.
 */
class FromMeasures implements Decision {
  readonly label: Decision['label'];
  readonly ruleId: string;
  readonly #why: string;
  readonly #f: Features;
  readonly #after: string;
  #reason: string | null = null;

  /** The reason reads `${why}: ${evidence}${after}`. */
  constructor(label: Decision['label'], ruleId: string, why: string, f: Features, after = '') {
    this.label = label;
    this.ruleId = ruleId;
    this.#why = why;
    this.#f = f;
    this.#after = after;
  }

  get reason(): string {
    if (this.#reason === null) {
      const f = this.#f;
      const evidence = `${f.chars} chars${f.cjk ? ` (written without spaces, weighs ${f.length})` : ''}, ${f.wordCount} words, stop-word density ${fmt(f.stopDensity)}`;
      this.#reason = `${this.#why}: ${evidence}${this.#after}`;
    }
    return this.#reason;
  }
}

const body = (quality: Quality, why: string, f: Features): Verdict => ({ quality, decision: new FromMeasures('body', BODY_RULE[quality], why, f) });
const SHORTER = `shorter than ${S.lengthLow} chars`;
const NOT_PROSE_AFTER = ` < ${S.stopwordsLow}`;

/** Each chrome rule's patterns as one alternation: one test per rule and block. */
const COMBINED = CHROME_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(rule.patterns.map((p) => `(?:${p.source})`).join('|'), 'iu'),
}));
/** No chrome rule looks at blocks longer than this. */
const CHROME_MAX_WORDS = Math.max(...CHROME_RULES.map((r) => r.maxWords));

/**
 * A quick screen run once per block before the rules one by one. The rules whose patterns are all
 * anchored (`^(?:…)$`) and cheap are screened together by one anchored alternation; each other
 * rule by its `requires` test (or its patterns). The screen names the rules that may match, and
 * only those are tried, in their order, so the verdicts are exactly the rules' own.
 */
const isAnchored = (p: RegExp): boolean => p.source.startsWith('^(?:') && p.source.endsWith(')$');
/** Bit k: COMBINED[k] (a bit mask of rules: there are fewer than 32). */
const bitOf = (c: (typeof COMBINED)[number]): number => 1 << COMBINED.indexOf(c);
const TOGETHER = COMBINED.filter(({ rule }) => !rule.requires && rule.patterns.every(isAnchored));
/** One screen holds them all: one compiled pattern instead of one per word limit (paired runs of the plain-text bench: about 0.98 of the time); the word limits are applied after it. */
const SCREEN = new RegExp(`^(?:${TOGETHER.flatMap(({ rule }) => rule.patterns.map((p) => p.source.slice(1, -1))).join('|')})$`, 'iu');
const SCREEN_MAX_WORDS = Math.max(...TOGETHER.map(({ rule }) => rule.maxWords));
/** Per word count up to SCREEN_MAX_WORDS: the screened rules that allow that many words. */
const SCREENED_FOR = Array.from({ length: SCREEN_MAX_WORDS + 1 }, (_, n) => TOGETHER.filter(({ rule }) => rule.maxWords >= n).reduce((m, c) => m | bitOf(c), 0));
/** The other rules; a rule with a `requires` test that passes needs only its patterns tried after. */
const APART = COMBINED.filter((c) => !TOGETHER.includes(c)).map((c) => ({ maxWords: c.rule.maxWords, test: c.rule.requires ?? c.pattern, bit: bitOf(c) }));
/**
 * Their tests as one alternation per word limit (the limit L: the rules that allow L words or
 * more), tried first: it passes wherever one of them does, and few blocks pass any, so most blocks
 * cost one search of their text instead of one per rule. Every test is case-insensitive Unicode
 * (the alternation's flags), or holds no letter that case could change.
 */
const GATES = [...new Set(APART.map((a) => a.maxWords))]
  .sort((a, b) => a - b)
  .map((limit) => ({ limit, gate: new RegExp(APART.filter((a) => a.maxWords >= limit).map((a) => `(?:${a.test.source})`).join('|'), 'iu') }));

/** The chrome rules (bit k: the k-th of CHROME_RULES) that may match `text` of `words` words; 0 when none can. */
export function chromeCandidates(text: string, words: number): number {
  let rules = 0;
  if (words <= SCREEN_MAX_WORDS && SCREEN.test(text)) rules = SCREENED_FOR[words];
  // The gated rules that allow this many words are those of the smallest limit at or above it.
  let g = 0;
  while (g < GATES.length && words > GATES[g].limit) g++;
  if (g < GATES.length && GATES[g].gate.test(text)) for (const a of APART) if (words <= a.maxWords && a.test.test(text)) rules |= a.bit;
  return rules;
}

/** The reason of a chrome rule's verdict on a block of `words` words (also given inside the main run, see src/revise/in-run.ts). */
export const chromeReason = (rule: ChromeRule, words: number): string => `${rule.what}: the whole block (${words} words) matches the ${rule.id} vocabulary`;

/** A web address in Latin letters ("kaiyun.com", "www.example.cn"), as injected spam carries beside its brand. */
const WEB_ADDRESS = /(?<![\p{L}\p{N}.-])(?:www\.)?[a-z0-9-]{2,30}\.(?:com|net|org|cn|cc|vip|top|xyz|io|tv|me|app)(?![\p{L}\p{N}])/giu;

/**
 * A short line in a script other than the document's whose only Latin letters are a web address:
 * "开云体育 kaiyun.com 官方网站" in an English page. Returns the script and the addresses, or null.
 * Asked only of blocks with letters of two scripts or more.
 */
function foreignWithAddress(text: string, f: Features, doc: DocStats): { script: Script; addresses: string[] } | null {
  // The cheap tests first: most short lines hold no full stop.
  if (f.chars > 2 * S.foreignFragmentMaxChars || !text.includes('.') || !f.scripts.latin) return null;
  const addresses = text.match(WEB_ADDRESS);
  if (!addresses) return null;
  const script = foreignScript({ scripts: countScripts(text.replace(WEB_ADDRESS, ' ')) } as Features, doc);
  return script ? { script, addresses } : null;
}

/** `mixed`: the block has letters of two scripts or more (the block stage counted them; a line
 * with a web address beside a foreign script's letters is such a block). */
export function firstPass(block: Block, text: string, f: Features, doc: DocStats, disabled: ReadonlySet<string>, mixed: boolean): Verdict {
  if (f.chars <= S.foreignFragmentMaxChars) {
    const foreign = foreignScript(f, doc);
    if (foreign && !isOff(disabled, 'spam/foreign-script-fragment')) {
      return bad('spam/foreign-script-fragment', 'spam', `a ${f.chars}-character fragment in ${foreign} script standing alone in a document whose letters are ${Math.round(doc.dominantShare * 100)}% ${doc.dominant}`);
    }
  }
  const addressed = mixed ? foreignWithAddress(text, f, doc) : null;
  if (addressed && !isOff(disabled, 'spam/foreign-script-fragment')) {
    return bad('spam/foreign-script-fragment', 'spam', `a ${f.chars}-character line in ${addressed.script} script with a web address (${addressed.addresses.join(', ')}) standing alone in a document whose letters are ${Math.round(doc.dominantShare * 100)}% ${doc.dominant}`);
  }

  const candidates = f.wordCount <= CHROME_MAX_WORDS ? chromeCandidates(text, f.wordCount) : 0;
  for (let k = 0; candidates >>> k !== 0; k++) {
    const { rule, pattern } = COMBINED[k];
    if (!(candidates & (1 << k)) || !pattern.test(text) || isOff(disabled, rule.id)) continue;
    return bad(rule.id, 'chrome', chromeReason(rule, f.wordCount));
  }

  if (block.linkDensity !== null && block.linkDensity > S.maxLinkDensity && !isOff(disabled, 'chrome/link-list')) {
    return bad('chrome/link-list', 'chrome', `link density ${fmt(block.linkDensity)} > ${S.maxLinkDensity}`);
  }

  if (f.length < S.lengthLow) return body('short', SHORTER, f);
  if (f.stopDensity >= S.stopwordsHigh) return body(f.length >= S.lengthHigh ? 'good' : 'near', 'prose', f);
  if (f.stopDensity >= S.stopwordsLow) return body('near', 'near-prose', f);
  return { quality: 'bad', decision: new FromMeasures('chrome', 'chrome/not-prose', 'not prose', f, NOT_PROSE_AFTER) };
}
