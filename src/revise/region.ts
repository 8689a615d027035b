/**
 * The article's main run: the contiguous run of blocks with the largest total weight, where prose
 * counts its words and every other block costs a fixed amount (the maximum-subarray idea of
 * content-extraction work since Pinto et al.). It is robust to an advertisement or a caption inside
 * the article, and it leaves out prose islands in headers and footers.
 */
import { isFirm, type Work } from '../classify/types.js';
import { SETTINGS as S } from '../rules/settings.js';
import { findDateMentions } from '../fields/dates.js';
import { inlineTeaserLabel } from '../rules/offtopic.js';

/** Chrome by the vocabulary rules (an advertisement label, a share bar), not for want of prose. */
const isVocabularyChrome = (w: Work): boolean => w.decision.label === 'chrome' && isFirm(w.decision.ruleId);

/** What the extension to the article's last paragraphs passes over: vocabulary chrome, or a link to another story. */
const passable = (w: Work): boolean =>
  isVocabularyChrome(w) || (w.decision.label === 'body' && w.block.lineCount === 1 && inlineTeaserLabel(w.text, w.f.wordCount) !== null);

export interface Region {
  start: number;
  end: number;
  weight: number;
}

export function weightOf(w: Work): number {
  if (w.quality === 'good') return w.f.wordCount * S.weightPerWord;
  if (w.quality === 'near') return w.f.wordCount * S.weightNearPerWord;
  if (w.quality === 'short') return w.f.endsSentence && w.f.stopDensity >= S.stopwordsLow ? w.f.wordCount * S.weightNearPerWord : S.weightShort;
  return S.weightNotProse;
}

/** Kadane's maximum-sum run; null when no block has positive weight. */
export function findRegion(works: Work[], from = 0): Region | null {
  let best: Region | null = null;
  let sum = 0;
  let start = from;
  for (let i = from; i < works.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weightOf(works[i]);
    if (sum > 0 && (!best || sum > best.weight)) best = { start, end: i, weight: sum };
  }
  return best;
}

/**
 * The arrays runStartingIn fills, kept between calls and grown as needed: typed arrays of a page's
 * length live outside the heap, slow to make and to free, and every entry read is written first.
 */
let scratch = { prefix: new Float64Array(0), top: new Float64Array(0), at: new Int32Array(0) };
function scratchFor(length: number): typeof scratch {
  if (scratch.prefix.length < length) {
    const size = Math.max(length, 2 * scratch.prefix.length);
    scratch = { prefix: new Float64Array(size), top: new Float64Array(size), at: new Int32Array(size) };
  }
  return scratch;
}

/**
 * The heaviest run whose first block lies in [from, to] (the first such run in reading order on a
 * tie), in one pass: a run's weight is a difference of prefix sums, and the best end for each start
 * is the largest prefix sum after it. Weights are multiples of ½, so the sums are exact.
 */
export function runStartingIn(works: Work[], from: number, to: number): Region | null {
  const n = works.length;
  const last = Math.min(to, n - 1);
  if (from > last) return null;
  // prefix[k]: total weight of blocks [from, from + k).
  const { prefix, top, at } = scratchFor(n - from + 2);
  prefix[0] = 0;
  for (let i = from; i < n; i++) prefix[i - from + 1] = prefix[i - from] + weightOf(works[i]);
  // top[k]: the largest prefix[j] for j ≥ k; at[k]: the first such j.
  top[n - from + 1] = -Infinity;
  for (let k = n - from; k >= 1; k--) {
    if (prefix[k] >= top[k + 1]) {
      top[k] = prefix[k];
      at[k] = k;
    } else {
      top[k] = top[k + 1];
      at[k] = at[k + 1];
    }
  }
  let best: Region | null = null;
  for (let start = from; start <= last; start++) {
    const k = start - from;
    const sum = top[k + 1] - prefix[k];
    if (sum > 0 && (!best || sum > best.weight)) best = { start, end: from + at[k + 1] - 1, weight: sum };
  }
  return best;
}

/**
 * Headlines found by their shape and position alone: a heading with a byline or date under it, the
 * last heading before the first paragraph. In a dump without the page's title line, a teaser's
 * heading with its date under it looks the same, so these do not anchor the main run.
 */
const POSITIONAL_HEADLINES: ReadonlySet<string> = new Set(['headline/above-byline', 'headline/before-lead']);

/** Whether a headline found by `ruleId` marks where the article starts (see `anchorRegion`). */
export const anchorsRun = (ruleId: string): boolean => !POSITIONAL_HEADLINES.has(ruleId);

/**
 * The headline marks where the article starts, unless it was found by position alone (anchorsRun).
 * A run that begins just after it (within `headWindow` blocks) wins when it weighs at least
 * `anchorMinShare` of the heaviest run anywhere (a cookie notice or a teaser block can outweigh a
 * short article); a heavier run that contains the headline starts after it.
 */
export function anchorRegion(works: Work[], region: Region | null, found: { index: number | null; ruleId: string } | null): Region | null {
  const headline = found && anchorsRun(found.ruleId) ? found.index : null;
  if (headline === null || !region) return region;
  const near = runStartingIn(works, headline + 1, headline + S.headWindow);
  if (near && near.weight >= S.anchorMinShare * region.weight) return near;
  if (headline >= region.start && headline <= region.end) return findRegion(works, headline + 1) ?? region;
  return region;
}

/** A block a list after the run may claim as its item: body, or chrome only for want of prose or as a menu line. */
const listItemMayBe = (w: Work): boolean => w.decision.label === 'body' || w.decision.ruleId === 'chrome/not-prose' || w.decision.ruleId === 'chrome/menu';

const NUMBERED = /^(\d{1,3})[.)]\s+\S/;
/** Lines allowed between two numbered items of one list (a link, a price). */
const LIST_GAP = 2;

/**
 * A numbered list that starts right after the main run (1), 2), 3)… within `headWindow` blocks)
 * is the article's own list (a listicle, a round-up): the run extends over it and its items are
 * prose. Known false positive: a numbered "Most read" list right after the article (the
 * recirculation pass still judges it by heading and topic).
 */
export function extendOverList(works: Work[], region: Region): Region {
  let expected = 1;
  let lastItem = -1;
  for (let i = region.end + 1; i < works.length && i <= region.end + S.headWindow + (lastItem >= 0 ? works.length : 0); i++) {
    const m = NUMBERED.exec(works[i].text);
    if (m && Number(m[1]) === expected) {
      expected++;
      lastItem = i;
      continue;
    }
    if (lastItem >= 0 && i - lastItem > LIST_GAP + 1) break;
  }
  if (expected <= 3) return region;
  for (let i = region.end + 1; i <= lastItem; i++) {
    const w = works[i];
    if (NUMBERED.test(w.text) && listItemMayBe(w)) {
      w.quality = 'good';
      w.decision = { label: 'body', ruleId: 'body/numbered-list', reason: `item of a numbered list of ${expected - 1} items that continues the article; ${w.decision.reason}` };
    }
  }
  return { ...region, end: lastItem };
}

/** A dated list's items, at least this many in a row, each of at most this many words. */
const DATED_LIST_MIN = 4;
const DATED_ITEM_MAX_WORDS = 20;
/** Blocks allowed between the main run and a dated list (its heading: "Tour dates:", an advertisement label). */
const DATED_LIST_GAP = 2;

/** Whether a block opens with a date ("June 9 – West Palm Beach, FL", "2019-11-18: …"). */
const opensWithDate = (w: Work): boolean => w.f.wordCount <= DATED_ITEM_MAX_WORDS && findDateMentions(w.text)[0]?.start === 0;

/**
 * A list of dated lines right after the main run (a tour's dates, a timeline, a schedule), each
 * line opening with a date, is the article's own list as a numbered one is: the run extends over
 * it, with the line that introduces it. Known false positive: an archive list of other stories,
 * each line opening with its date, right after the article.
 */
export function extendOverDatedList(works: Work[], region: Region): Region {
  for (let first = region.end + 1; first <= region.end + 1 + DATED_LIST_GAP && first < works.length; first++) {
    let last = first;
    while (last < works.length && opensWithDate(works[last])) last++;
    if (last - first < DATED_LIST_MIN) continue;
    for (let i = region.end + 1; i < last; i++) {
      const w = works[i];
      if (!listItemMayBe(w)) continue;
      const item = i >= first;
      w.quality = 'good';
      w.decision = { label: 'body', ruleId: 'body/dated-list', reason: `${item ? `item ${i - first + 1} of a list of ${last - first} dated lines` : 'the line that introduces a list of dated lines'} that continues the article; ${w.decision.reason}` };
    }
    return { ...region, end: last - 1 };
  }
  return region;
}

/**
 * The article's last paragraphs, between the main run and the end marker (a credit or copyright
 * line found after the run): prose that ends like a sentence, with only vocabulary chrome between
 * (an advertisement label, a share bar), belongs to the article. A short last paragraph after an
 * advertisement weighs less than the label costs, so the run alone stops before it; the marker
 * says where the article ends. Anything else (a menu, a heading, a line that is not prose) stops
 * the extension. A one-line link to another story set into the body ("Read also: …") is passed
 * over like vocabulary chrome; the run's later pass marks it (offtopic/inline-teaser).
 */
export function extendToEnd(works: Work[], region: Region, marker: number): Region {
  let end = region.end;
  for (let i = region.end + 1; i < marker; i++) {
    const w = works[i];
    if (w.decision.label === 'body' && (w.quality === 'good' || w.quality === 'near') && w.f.endsSentence) end = i;
    else if (!passable(w)) break;
  }
  return end === region.end ? region : { ...region, end };
}

/**
 * Without an end marker, the same extension only when it reaches the text's end: a text that a
 * scraper has already cut to the article ends with it ("Advertisement", then its last paragraph),
 * while a page's dump goes on with its footer, which stops the extension.
 */
export function extendToTextEnd(works: Work[], region: Region): Region {
  const extended = extendToEnd(works, region, works.length);
  for (let i = extended.end + 1; i < works.length; i++) if (!isVocabularyChrome(works[i])) return region;
  return extended;
}
