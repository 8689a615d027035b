/**
 * pickHeadline: the article's headline and, with it, where the article starts.
 * Plain text: dumps open with the page <title> ("Headline - Site"), and the visible headline comes
 * again later on its own line. In order:
 * - `headline/title-repeat`: a later block equals the title, or the title minus a site or section
 *   part (the longest such candidate wins; of several repeats, the one followed by the most prose);
 * - `headline/title-near`: no exact repeat, but a heading-shaped block shares most of the title's words;
 * - `headline/above-byline`: no near match either: the heading-shaped block with a byline or date
 *   under it that shares the most words with the title;
 * - `headline/before-lead`: no title to follow: the last heading-shaped block before the first prose
 *   paragraph, skipping datelines, bylines, credits and one-word furniture;
 * - `headline/title-only`: only the title gives it; the index is the title's block.
 * HTML: `headline/h1-meta` when an <h1> block agrees with a stated headline (JSON-LD, og:title, the
 * reconciled winner), else `headline/meta`: the first stated headline, at its block where one carries
 * it; without any, the plain-text rules over the blocks and the <title>.
 */
import type { Block, PageMeta } from '../blocks/types.js';
import { IN_RUN_RULES, matchesRule } from '../rules/chrome.js';
import { matchByline, matchNamesAlone } from './byline.js';
import { matchCredit } from './credit.js';
import { findDateMentions } from './dates.js';
import { matchDateThenByline } from './date-byline.js';
import { matchDateline } from './dateline.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { headingShaped, headingShapedCounting, isProse, mayBeHeading, wordCountOf } from './shape.js';
import { type TitleParts, namesSite, normalizeSpace, splitTitle } from './title.js';
import { isSpace } from './trim.js';

export interface HeadlinePick {
  index: number | null;
  text: string;
  ruleId: string;
  reason: string;
}

const CURLY_QUOTE = /[‘’“”]/;
/** Lower case, with curly quotes as straight ones (most texts have none, which one scan tells). */
const lowerQuotes = (s: string): string => {
  const lower = s.toLowerCase();
  return CURLY_QUOTE.test(lower) ? lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : lower;
};
const fold = (s: string): string => lowerQuotes(normalizeSpace(s));

const CONTENT_RUN = /[\p{L}\p{N}]+/gu;
const DIGIT = /\d/;

function contentWords(s: string): Set<string> {
  return contentWordsOfLower(s.toLowerCase());
}

/** contentWords of a text already lower-cased. */
function contentWordsOfLower(lower: string): Set<string> {
  return new Set((lower.match(CONTENT_RUN) ?? []).filter((w) => w.length > 2 || DIGIT.test(w)));
}

/** Dice overlap of two texts' word sets, 0–1. */
export function wordOverlap(a: string, b: string): number {
  return overlapWith(contentWords(a), contentWords(b));
}

/** Dice overlap of two word sets (the title's set is built once per page, not once per block). */
function overlapWith(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * The first code unit of `fold(s)` (-1 when it is empty), read from the first code point that is
 * not a space: no other character lower-cases differently for standing first (a sigma is final
 * only after a letter). A code, not a string: this runs on most blocks of a page.
 */
function foldedStart(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i === s.length) return -1;
  const cp = s.codePointAt(i)!;
  if (cp < 128) return cp >= 65 && cp <= 90 ? cp + 32 : cp;
  const lower = String.fromCodePoint(cp).toLowerCase()[0]!;
  return (lower === '‘' || lower === '’' ? "'" : lower === '“' || lower === '”' ? '"' : lower).charCodeAt(0);
}

/** `normalizeSpace(s).length`, counted without building the string. */
function normalizedLength(s: string): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) n++;
    pendingSpace = false;
    n++;
  }
  return n;
}

/**
 * What the picker measures of a page's blocks, each at most once per page: the rules below ask
 * about the same blocks again (word counts, heading shape, title words, the byline or date under a
 * candidate), and each measure reads the whole block.
 */
class PageView {
  private readonly counts: (number | undefined)[] = [];
  private readonly headings: (boolean | undefined)[] = [];
  private readonly words: (Set<string> | undefined)[] = [];
  private readonly lowers: (string | undefined)[] = [];
  private readonly headFurniture: (boolean | undefined)[] = [];
  private readonly furniture: (boolean | undefined)[] = [];
  private readonly proses: (number | undefined)[] = [];
  private readonly titles = new Map<string, TitleParts>();

  constructor(readonly blocks: Block[]) {}

  text(p: number): string {
    return this.blocks[p]!.text;
  }

  wordCount(p: number): number {
    return (this.counts[p] ??= wordCountOf(this.text(p)));
  }

  heading(p: number): boolean {
    return (this.headings[p] ??= headingShapedCounting(this.text(p), () => this.wordCount(p)));
  }

  /** The block's text lower-cased, kept: the title-word test and the word sets both read it. */
  lower(p: number): string {
    return (this.lowers[p] ??= this.text(p).toLowerCase());
  }

  contentWords(p: number): Set<string> {
    return (this.words[p] ??= contentWordsOfLower(this.lower(p)));
  }

  /**
   * Whether at least `need` of `words` occur in the block's lower-cased text, as substrings: at
   * least as many occur as its content words share with them (each content word is a run of that
   * lower-cased text), so too few rules the block out before its words are split and collected.
   * The search stops as soon as the answer is known.
   */
  hasWordsInText(p: number, words: readonly string[], need: number): boolean {
    const lower = this.lower(p);
    let found = 0;
    for (let k = 0; k < words.length && found < need && found + words.length - k >= need; k++) if (lower.includes(words[k]!)) found++;
    return found >= need;
  }

  title(title: string): TitleParts {
    let parts = this.titles.get(title);
    if (!parts) this.titles.set(title, (parts = splitTitle(title)));
    return parts;
  }

  /** Furniture between a headline and its lead: datelines, bylines, credits, captions, one- or two-word lines. */
  isFurniture(p: number): boolean {
    return (this.furniture[p] ??= this.wordCount(p) <= 2 || isFurnitureLine(this.text(p)));
  }

  /** Whether a byline or date line follows within three blocks, as under a real headline. */
  furnitureAfter(p: number): boolean {
    return this.furnitureBelow(p) >= 0;
  }

  /** The position of the first byline or date line within three blocks under p, or -1. */
  furnitureBelow(p: number): number {
    for (let j = p + 1; j < Math.min(this.blocks.length, p + 4); j++) {
      if ((this.headFurniture[j] ??= isHeadFurniture(this.text(j)))) return j;
    }
    return -1;
  }

  /**
   * Whether p is a short line (a menu item's length) with a heading-shaped line of at least twice
   * its words between it and q, one that is neither furniture nor names alone ("Adam Clark Estes").
   */
  outdoneBefore(p: number, q: number): boolean {
    const words = this.wordCount(p);
    if (words > FIELD_DEFAULTS.headlineMenuItemMaxWords) return false;
    for (let j = p + 1; j < q; j++) {
      if (this.wordCount(j) >= 2 * words && mayBeHeading(this.text(j)) && this.heading(j) && !this.isFurniture(j) && !matchNamesAlone(this.text(j))) return true;
    }
    return false;
  }

  /** How much prose follows a block: the longest of the next seven blocks of three words or more
   * (empty bullets and one-word buttons between do not count), in words. */
  proseAfter(p: number): number {
    const known = this.proses[p];
    if (known !== undefined) return known;
    let best = 0;
    let seen = 0;
    for (let j = p + 1; j < Math.min(this.blocks.length, p + 30) && seen < 7; j++) {
      const words = this.wordCount(j);
      if (words < 3) continue;
      seen++;
      best = Math.max(best, words);
    }
    return (this.proses[p] = best);
  }
}

/** A byline, a dateline, or a short line carrying a full date ("New Delhi | Updated: 19 November 2019"). */
function isHeadFurniture(text: string): boolean {
  return text.length <= FIELD_DEFAULTS.datedLineMaxChars * 1.5 && isBylinedOrDated(text);
}

/** A byline, a date line or dateline, the two run together, or a dated short line. */
function isBylinedOrDated(text: string): boolean {
  return !!(matchByline(text) || matchDateline(text) || matchDateThenByline(text)) || isDatedShortLine(text);
}

/** A short line carrying a full date, or a numeric date whose order the page's language would
 * settle ("Kompas.com - 04/02/2025, 14:32 WIB"). */
function isDatedShortLine(text: string): boolean {
  return text.length <= FIELD_DEFAULTS.datedLineMaxChars && findDateMentions(text).some((m) => (m.date || m.how === 'ambiguous') && m.how !== 'month-day');
}

function repeatOfTitle(view: PageView, title: string, from: number): HeadlinePick | null {
  const blocks = view.blocks;
  const parts = view.title(title);
  // A repeat of the title is trusted even when it ends with a full stop; only its length is checked.
  const candidates = parts.headlines
    .filter((c) => {
      const n = wordCountOf(c);
      return n >= FIELD_DEFAULTS.headlineMinWords && n <= FIELD_DEFAULTS.headlineMaxWords;
    })
    .sort((a, b) => b.length - a.length);
  const folded = new Map<string, number[]>();
  // splitTitle's candidates are already space-normalised (slices of its normalised title between separators).
  const keys = candidates.map(lowerQuotes);
  const lengths = new Set(candidates.map((c) => c.length));
  const longest = Math.max(0, ...lengths);
  const shortest = Math.min(Infinity, ...lengths);
  const starts = new Set(keys.map((k) => (k.length > 0 ? k.charCodeAt(0) : -1)));
  // Positions in `blocks` (a caller may pass a filtered list, so positions and indexes differ).
  for (let p = from; p < blocks.length; p++) {
    const text = blocks[p]!.text;
    // Whitespace normalisation only shortens: a raw text shorter than every candidate cannot match, and
    // one far longer than the longest (beyond doubled spaces) cannot either.
    if (text.length < shortest || text.length > longest * 2 + 8) continue;
    // Equal folded texts start alike and are as long: both are cheap to test before folding.
    if (!starts.has(foldedStart(text)) || !lengths.has(normalizedLength(text))) continue;
    const key = fold(text);
    folded.set(key, [...(folded.get(key) ?? []), p]);
  }
  // Every (candidate, position) hit, from the longest candidate down; the one with a byline or
  // dateline under it wins, then the longer candidate (the title minus less), then the earlier
  // repeat: that is the first hit with furniture under it, and the blocks under later hits are not
  // read. Without one, the longer candidate, then the most prose after it (measured only where it
  // decides: it counts the words of up to seven paragraphs).
  const hits: { candidate: string; p: number }[] = [];
  candidates.forEach((candidate, k) => {
    for (const p of folded.get(keys[k]!) ?? []) hits.push({ candidate, p });
  });
  if (hits.length === 0) return null;
  const withFurniture = hits.find((h) => view.furnitureAfter(h.p));
  const best = withFurniture ?? hits.reduce((a, b) => {
    if (a.candidate.length !== b.candidate.length) return b.candidate.length > a.candidate.length ? b : a;
    return view.proseAfter(b.p) > view.proseAfter(a.p) ? b : a;
  });
  const block = blocks[best.p]!;
  return {
    index: block.index,
    text: normalizeSpace(block.text),
    ruleId: 'headline/title-repeat',
    reason: `block ${block.index} repeats the page title${best.candidate === parts.full ? '' : ' minus its site or section part'} ("${best.candidate}"; ${hits.length} repeat(s), this one ${withFurniture ? 'with a byline or dateline under it' : `followed by ${view.proseAfter(best.p)} words of prose`}); the article starts here`,
  };
}

function nearTitle(view: PageView, title: string, from: number): HeadlinePick | null {
  const parts = view.title(title);
  const target = parts.headlines[0] ?? parts.full;
  const targetWords = contentWords(target);
  const targetList = [...targetWords];
  const min = FIELD_DEFAULTS.headlineNearMatchMin;
  // Sharing s of the title's X words, a block of Y ≥ s words scores 2s / (X + Y) ≤ 2s / (X + s),
  // which reaches `min` only when s · (2 − min) ≥ min · X: fewer shared words cannot pass.
  let need = 0;
  while (need * (2 - min) < min * targetWords.size) need++;
  // Of the blocks close enough to the title, one with a byline or dateline under it wins, then overlap.
  let best: { block: Block; score: number; furniture: boolean } | null = null;
  for (let p = from; p < view.blocks.length; p++) {
    // The title's words before the rest of the heading test: most short lines share too few.
    if (!mayBeHeading(view.text(p)) || !view.hasWordsInText(p, targetList, need) || !view.heading(p)) continue;
    const score = overlapWith(view.contentWords(p), targetWords);
    // Once a block with furniture under it leads, only a higher score (with furniture) beats it:
    // the blocks under one that cannot are not read.
    if (score < FIELD_DEFAULTS.headlineNearMatchMin || (best?.furniture && score <= best.score)) continue;
    const furniture = view.furnitureAfter(p);
    if (!best || (furniture && !best.furniture) || (furniture === best.furniture && score > best.score)) best = { block: view.blocks[p]!, score, furniture };
  }
  if (!best) return null;
  return {
    index: best.block.index,
    text: normalizeSpace(best.block.text),
    ruleId: 'headline/title-near',
    reason: `block ${best.block.index} shares ${best.score.toFixed(2)} of its words with the page title "${target}" (threshold ${FIELD_DEFAULTS.headlineNearMatchMin})${best.furniture ? ', with a byline or dateline under it' : ''}; the article starts here`,
  };
}

/** No repeat of the title: the heading-shaped block with a byline or date under it that shares most
 * words with the title (at least one). Without a title: the first such block with prose soon after,
 * but for a menu item with a longer heading between it and the byline. */
function aboveByline(view: PageView, title: string | null, from: number): HeadlinePick | null {
  const target = title ? (view.title(title).headlines[0] ?? title) : null;
  const targetWords = target ? contentWords(target) : null;
  const targetList = targetWords ? [...targetWords] : [];
  let best: { block: Block; score: number } | null = null;
  for (let p = from; p < view.blocks.length; p++) {
    // A block sharing no title word scores 0, which never beats the best so far (at least 0); that
    // is told before the rest of the heading test.
    if (!mayBeHeading(view.text(p)) || (targetWords && !view.hasWordsInText(p, targetList, 1)) || !view.heading(p)) continue;
    const score = targetWords ? overlapWith(view.contentWords(p), targetWords) : 1;
    // The cheap score first: the furniture parsers run only on blocks that could win.
    if (score <= (best?.score ?? 0) || view.isFurniture(p)) continue;
    const below = view.furnitureBelow(p);
    if (below < 0 || (!target && view.proseAfter(p) < FIELD_DEFAULTS.headlineProseAfterWords)) continue;
    // Without a title, a menu item ("Topics you follow") with a longer heading between it and the
    // byline is passed over: the heading nearer the byline is the headline.
    if (!target && view.outdoneBefore(p, below)) continue;
    best = { block: view.blocks[p]!, score };
    if (!target) break;
  }
  if (!best) return null;
  const why = target
    ? `shares ${best.score.toFixed(2)} of its words with the page title "${target}" (no block repeats the title)`
    : 'is the first such block with prose after it (no page title to follow)';
  return {
    index: best.block.index,
    text: normalizeSpace(best.block.text),
    ruleId: 'headline/above-byline',
    reason: `block ${best.block.index} is heading-shaped with a byline or dateline under it and ${why}; the article starts here`,
  };
}

/** A dateline, byline, credit line, photo caption or dated short line (the word-count part of furniture is PageView's). */
function isFurnitureLine(text: string): boolean {
  return isBylinedOrDated(text) || !!matchCredit(text) || isCaption(text);
}

const CAPTION = IN_RUN_RULES.find((r) => r.id === 'chrome/caption')!;
/** A photo caption by chrome/caption's vocabulary ("… (Photo by Jane Doe/Getty Images)"): it stands
 * between a headline and its lead, and is heading-shaped when it ends with its credit. */
const isCaption = (text: string): boolean => matchesRule(CAPTION, text);

function beforeLead(view: PageView, from: number): HeadlinePick | null {
  const blocks = view.blocks;
  const limit = Math.min(blocks.length, from + FIELD_DEFAULTS.headlineScanBlocks);
  for (let i = from; i < limit; i++) {
    if (!isProse(blocks[i]!.text)) continue;
    const lead = `the first prose paragraph (block ${blocks[i]!.index}, ${view.wordCount(i)} words)`;
    const pickAt = (k: number, where: string): HeadlinePick => ({
      index: blocks[k]!.index,
      text: normalizeSpace(blocks[k]!.text),
      ruleId: 'headline/before-lead',
      reason: `block ${blocks[k]!.index} is ${where}; the article starts here`,
    });
    let furniture = false;
    for (let j = i - 1; j >= from; j--) {
      if (view.heading(j) && !view.isFurniture(j)) return pickAt(j, `the last heading-shaped line (${view.wordCount(j)} words, no full stop) before ${lead}`);
      if (view.isFurniture(j)) {
        furniture = true;
        continue;
      }
      // A standfirst: one short paragraph under the headline, above its date or byline (a dated or
      // bylined line, not only short ones).
      if (furniture && j > from && view.wordCount(j) <= FIELD_DEFAULTS.standfirstMaxWords && view.furnitureAfter(j) && view.heading(j - 1) && !view.isFurniture(j - 1)) {
        return pickAt(j - 1, `the heading-shaped line (${view.wordCount(j - 1)} words, no full stop) over a standfirst (block ${blocks[j]!.index}) and the date or byline above ${lead}`);
      }
      break;
    }
    return null;
  }
  return null;
}

function fromMeta(blocks: Block[], meta: PageMeta): HeadlinePick | null {
  const stated = meta.headlines.filter((h) => h.from !== 'title' && h.from !== 'h1').map((h) => h.value);
  if (stated.length === 0) return null; // nothing for an <h1> to agree with (always so in plain text)
  const h1s = blocks.filter((b) => b.headingLevel === 1);
  for (const h1 of h1s) {
    const agree = stated.find((s) => fold(s) === fold(h1.text));
    if (agree) {
      return { index: h1.index, text: normalizeSpace(h1.text), ruleId: 'headline/h1-meta',
        reason: `the <h1> (block ${h1.index}) agrees with the page's stated headline; the article starts here` };
    }
  }
  return null;
}

/** HTML: the page's stated headline (the reconciled winner comes first), located among the blocks
 * where one carries it, else taken as stated. */
function fromStated(blocks: Block[], meta: PageMeta): HeadlinePick | null {
  const stated = meta.headlines.find((h) => h.from !== 'title' && h.from !== 'h1');
  if (!stated || !normalizeSpace(stated.value)) return null;
  const keys = new Set([fold(stated.value), ...splitTitle(stated.value).headlines.slice(0, 1).map(fold)]);
  const block = blocks.find((b) => b.text.length <= FIELD_DEFAULTS.headlineMaxChars * 2 && keys.has(fold(b.text)));
  if (block) {
    return { index: block.index, text: normalizeSpace(block.text), ruleId: 'headline/meta',
      reason: `block ${block.index} carries the page's stated headline (${stated.from}); the article starts here` };
  }
  return { index: null, text: normalizeSpace(stated.value), ruleId: 'headline/meta',
    reason: `the page's stated headline (${stated.from}); no block carries it` };
}

export function pickHeadline(blocks: Block[], meta: PageMeta): HeadlinePick | null {
  try {
    if (!Array.isArray(blocks) || blocks.length === 0) return null;
    const agreed = fromMeta(blocks, meta) ?? fromStated(blocks, meta);
    if (agreed) return agreed;
    const metaTitle = meta.headlines.find((h) => h.from === 'title')?.value ?? null;
    const stated = meta.headlines.find((h) => h.from !== 'title')?.value ?? null;
    // In plain text the first block is the page title when the dump kept it.
    const view = new PageView(blocks);
    const first = blocks[0]!.text;
    const firstHeadingLike =
      !first.includes('\n') &&
      view.wordCount(0) >= FIELD_DEFAULTS.headlineMinWords &&
      view.wordCount(0) <= FIELD_DEFAULTS.headlineMaxWords * 2;
    // …a page title names its site after a separator, or its headline stands again further on: a
    // first line that does neither (a prompt, a menu item, or the headline itself) is not searched
    // for as a title, and is the headline only when nothing below names one. (Asked only when the
    // metadata gives no title; the repeat found on the way is the title-repeat pick.)
    const statedTitle = metaTitle ?? stated;
    let firstRepeat: HeadlinePick | null = null;
    const firstIsTitle =
      statedTitle === null && firstHeadingLike && (namesSite(first) || (firstRepeat = repeatOfTitle(view, first, 1)) !== null);
    const title = statedTitle ?? (firstIsTitle ? first : null);
    const from = metaTitle || stated ? 0 : 1;
    if (title) {
      const found = firstRepeat ?? repeatOfTitle(view, title, from) ?? nearTitle(view, title, from) ?? aboveByline(view, title, from);
      if (found) return found;
    }
    const h1 = blocks.find((b) => b.headingLevel === 1 && headingShaped(b.text));
    if (h1) return { index: h1.index, text: normalizeSpace(h1.text), ruleId: 'headline/h1', reason: `block ${h1.index} is the page's <h1>` };
    if (stated) {
      return { index: null, text: normalizeSpace(stated), ruleId: 'headline/meta',
        reason: `no block carries it; the page's metadata states "${normalizeSpace(stated)}"` };
    }
    const lead = (title ? null : aboveByline(view, null, 0)) ?? beforeLead(view, 0);
    // The line before the lead may be the title itself: then the title minus its site part is the headline.
    if (lead && !(firstIsTitle && lead.index === blocks[0]!.index)) return lead;
    const only = title ?? (firstHeadingLike ? first : null);
    if (only && headingShaped(only)) {
      const text = view.title(only).headlines[0] ?? normalizeSpace(only);
      return { index: metaTitle ? null : blocks[0]!.index, text, ruleId: 'headline/title-only',
        reason: `no later block repeats or resembles the title; the title "${normalizeSpace(only)}" minus its site part gives it` };
    }
    return null;
  } catch {
    return null;
  }
}
