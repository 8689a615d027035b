/**
 * HTML-only first-pass signals, applied after the shared first pass when blocks carry DOM
 * features (see src/html/). Readability's verdict is a strong signal:
 * - a block it kept is prose unless a firm rule (vocabulary chrome, spam, link list) or its
 *   container (nav, footer, share bar, related box…) positively marks it;
 * - a block it dropped is not prose, except long prose contiguous with what it kept (inside its
 *   span, or running on from either edge), which the main run may restore.
 */
import type { Decision } from '../blocks/types.js';
import { isOff, type Work } from './types.js';

/** Container hints that positively mark a block as not the article's own text. */
const CHROME_HINTS = ['nav', 'footer', 'aside', 'share', 'newsletter', 'comment', 'ad', 'consent', 'related', 'sidebar'] as const;

export const HTML_SIGNAL_SETTINGS = {
  /** Non-prose blocks allowed between Readability's span and a prose block restored beyond it. */
  restoreMaxGap: 1,
  /**
   * A block Readability kept reads as a link list only above this link density (the shared rule
   * says 0.4): list items of an article that link each named story (a newsletter-style round-up)
   * run at 0.4–0.7, while a related-links list is all link (≈ 1.0).
   */
  keptMaxLinkDensity: 0.75,
  /** …and only when it is at least this long (characters): a short all-link item stays a link. */
  keptLinkedMinChars: 100,
  /**
   * Blocks this close before Readability's first kept block keep their own verdict: headline,
   * byline and dateline sit there, and Readability leaves them out on purpose.
   */
  headWindow: 12,
  /**
   * Readability's verdict counts only when it kept at least this share of the words of the page's
   * prose blocks: below it, it latched onto a fragment (a teaser, one paragraph of many) and the
   * shared classifier decides alone.
   */
  minKeptProseShare: 0.2,
  /** A container hint shared by more than this share of the kept blocks wraps the article: ignored. */
  wrapperHintShare: 0.5,
} as const;

/** First-pass verdicts that Readability's verdict may revise: the prose classes, never vocabulary. */
const soft = (d: Decision): boolean => d.label === 'body' || d.ruleId === 'chrome/not-prose';

/** A kept block the shared link-list rule caught, but linked only as much as an article's own list. */
function linkedProse(w: Work): boolean {
  const ld = w.block.linkDensity ?? 0;
  return (
    w.decision.ruleId === 'chrome/link-list' &&
    w.block.inReadability === true &&
    ld <= HTML_SIGNAL_SETTINGS.keptMaxLinkDensity &&
    w.f.chars >= HTML_SIGNAL_SETTINGS.keptLinkedMinChars
  );
}

/**
 * The chrome hints that mark a block, leaving out hints that most of Readability's kept blocks
 * share: those come from a wrapper around the article itself (`<main class="has-sidebar">`).
 */
function chromeHints(works: Work[]): (w: Work) => string | null {
  const kept = works.filter((w) => w.block.inReadability);
  const wrapper = CHROME_HINTS.filter((h) => kept.filter((w) => w.block.containerHints.includes(h)).length > kept.length * HTML_SIGNAL_SETTINGS.wrapperHintShare);
  const active = CHROME_HINTS.filter((h) => !wrapper.includes(h));
  return (w) => active.find((h) => w.block.containerHints.includes(h)) ?? null;
}

/** Indices of dropped prose that runs on from the edges of Readability's span. */
function runOn(works: Work[], from: number, step: 1 | -1, restorable: (w: Work) => boolean, out: Set<number>): void {
  let gap = 0;
  for (let i = from + step; i >= 0 && i < works.length; i += step) {
    const w = works[i];
    if (w.block.inReadability) return;
    if (restorable(w)) {
      out.add(i);
      gap = 0;
    } else if (++gap > HTML_SIGNAL_SETTINGS.restoreMaxGap) return;
  }
}

/** Whether Readability's verdict is worth following: it kept enough of the page's prose. */
function trusted(works: Work[]): boolean {
  const keptWords = works.reduce((n, w) => n + (w.block.inReadability ? w.f.wordCount : 0), 0);
  const proseWords = works.reduce((n, w) => n + (w.quality === 'good' || w.quality === 'near' ? w.f.wordCount : 0), 0);
  return keptWords > 0 && keptWords >= HTML_SIGNAL_SETTINGS.minKeptProseShare * proseWords;
}

export function applyHtmlSignals(works: Work[], disabled: ReadonlySet<string>): void {
  const kept = works.filter((w) => w.block.inReadability).map((w) => w.block.index);
  if (!kept.length || !trusted(works)) return;
  const first = Math.min(...kept);
  const last = Math.max(...kept);
  const chromeHint = chromeHints(works);
  const restorable = (w: Work): boolean => w.quality === 'good' && soft(w.decision) && chromeHint(w) === null;
  const restore = new Set<number>();
  for (let i = first; i <= last; i++) if (!works[i].block.inReadability && restorable(works[i])) restore.add(i);
  runOn(works, first, -1, restorable, restore);
  runOn(works, last, 1, restorable, restore);

  for (let i = 0; i < works.length; i++) {
    const w = works[i];
    const { block } = w;
    if (!soft(w.decision) && !linkedProse(w)) continue;
    if (block.tag === 'figcaption' && !isOff(disabled, 'chrome/caption')) {
      // The markup itself says photo caption: not article text, whatever Readability kept.
      w.quality = 'bad';
      w.decision = { label: 'chrome', ruleId: 'chrome/caption', reason: `a <figcaption> (${w.f.wordCount} words): a photo caption, not article text` };
      continue;
    }
    const hint = chromeHint(w);
    if (w.block.inReadability) {
      if (!hint && w.quality !== 'good') {
        w.quality = 'good';
        w.decision = { label: 'body', ruleId: 'body/readability', reason: `Readability kept it in its article; ${w.decision.reason}` };
      }
      continue;
    }
    if (restore.has(i)) continue;
    if ((i < first && i >= first - HTML_SIGNAL_SETTINGS.headWindow && !hint) || block.headingLevel === 1) continue;
    const prose = w.quality === 'good' || w.quality === 'near';
    const ruleId = prose ? 'offtopic/outside-readability' : 'chrome/outside-readability';
    if (isOff(disabled, ruleId)) continue;
    const where = hint ? ` inside a "${hint}" container` : ` and apart from its blocks ${first + 1}–${last + 1}`;
    w.quality = 'bad';
    w.decision = { label: prose ? 'offtopic' : 'chrome', ruleId, reason: `Readability left it out of its article${where}; ${w.decision.reason}` };
  }
}

/**
 * After the shared off-topic pass: a teaser run is a statistical verdict (short ledes sharing few
 * words with the lead), and Readability keeps such runs only when they are the article's own list
 * (a round-up, numbered picks); recirculation it leaves out. So a kept block outside any chrome
 * container goes back to the body, with both pieces of evidence in its reason.
 */
/**
 * Statistical off-topic verdicts that Readability's "kept" outweighs. A teaser run is short ledes
 * sharing few words with the lead; "after the end marker" trusts a credit-shaped line, which in
 * HTML is often a photo caption ending "(AP)" above the first paragraph.
 */
const REVISABLE: ReadonlySet<string> = new Set(['offtopic/teaser-run', 'offtopic/after-end-marker']);

export function reviseHtmlSignals(works: Work[]): void {
  if (!trusted(works)) return;
  const chromeHint = chromeHints(works);
  for (const w of works) {
    if (!REVISABLE.has(w.decision.ruleId) || !w.block.inReadability || chromeHint(w) !== null) continue;
    w.quality = 'good';
    w.decision = { label: 'body', ruleId: 'body/readability', reason: `Readability kept it in its article, outweighing: ${w.decision.reason}` };
  }
}
