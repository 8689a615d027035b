/**
 * Neighbour-aware settling (jusText's second pass) and menus. Runs of short lines in one group are
 * menus; short and near-prose blocks take the class of their neighbours. Firm vocabulary verdicts
 * (chrome rules, spam) are never overturned here.
 */
import type { Work } from '../classify/types.js';
import { isOff } from '../classify/types.js';
import { SETTINGS as S } from '../rules/settings.js';

/** Two blocks sit in one group when nothing (no blank line) separates them. */
const adjacent = (a: Work, b: Work): boolean =>
  a.block.line !== null && b.block.line !== null ? b.block.line === a.block.line + a.block.lineCount : b.block.index === a.block.index + 1;

const menuItem = (w: Work): boolean =>
  (w.quality === 'short' || w.decision.ruleId === 'chrome/not-prose') && w.f.wordCount <= S.menuItemMaxWords && !w.f.endsSentence;

export function markMenus(works: Work[], disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'chrome/menu')) return;
  let i = 0;
  while (i < works.length) {
    if (!menuItem(works[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < works.length && menuItem(works[j]) && adjacent(works[j - 1], works[j])) j++;
    if (j - i >= S.menuMinRun) {
      for (let k = i; k < j; k++) {
        works[k].quality = 'bad';
        works[k].decision = { label: 'chrome', ruleId: 'chrome/menu', reason: `item ${k - i + 1} of a run of ${j - i} short lines (≤ ${S.menuItemMaxWords} words, no sentence end) with no blank line between them` };
      }
    }
    i = j;
  }
}

type Side = 'good' | 'bad';

/** The nearest settled neighbour inside [lo, hi]; the run's edges count as non-prose. */
function neighbour(works: Work[], i: number, step: 1 | -1, lo: number, hi: number): Side {
  for (let j = i + step; j >= lo && j <= hi; j += step) {
    const q = works[j].quality;
    if (q === 'good' || q === 'near') return 'good';
    if (q === 'bad') return 'bad';
  }
  return 'bad';
}

/**
 * jusText's context pass, inside the main run [lo, hi]: near-prose is prose there (the run vouches
 * for it); a short block is prose when prose lies on both sides, or on one side and it reads as a
 * sentence (a one-line paragraph), else not prose (a caption, a label, a heading of a link list).
 */
export function settleByContext(works: Work[], lo: number, hi: number): void {
  // Every verdict is read from the first pass's qualities, before any block is settled.
  const from = Math.max(lo, 0);
  const verdicts: (Verdict | null)[] = [];
  for (let i = from; i <= hi && i < works.length; i++) verdicts.push(verdictOf(works, i, lo, hi));
  verdicts.forEach((v, k) => {
    if (v) settle(works[from + k], v);
  });
}

/** A settled side and why, for the note. */
interface Verdict {
  side: Side;
  why: string;
}

/** A short line with no function word and no sentence end: a label, a name, a stamp, or a subheading. */
const wordless = (w: Work): boolean => w.f.stopDensity === 0 && !w.f.endsSentence && w.f.wordCount <= S.menuItemMaxWords && !w.f.cjk;

/** A body block the context pass kept as a subheading: a wordless line between two paragraphs. */
export const isSubheading = (w: Work): boolean => w.decision.ruleId === 'body/context' && wordless(w);

/** The verdicts, made once: one is read for every settled block of the run. */
const NEAR: Verdict = { side: 'good', why: 'near-prose block inside the main run, next to prose' };
const BETWEEN_PARAGRAPHS: Verdict = { side: 'good', why: 'short block inside the main run, between two paragraphs' };
const WORDLESS: Verdict = { side: 'bad', why: 'short line with no function word and no sentence end (a label, a name, a stamp), not between two paragraphs' };
const BETWEEN_NON_PROSE: Verdict = { side: 'bad', why: 'short block between non-prose blocks' };
const ONE_LINE_PARAGRAPH: Verdict = { side: 'good', why: 'short block inside the main run, next to prose, reading as a sentence' };
const ONE_SIDE: Verdict = { side: 'bad', why: 'short block next to prose on one side only, not reading as a sentence' };

function verdictOf(works: Work[], i: number, lo: number, hi: number): Verdict | null {
  const w = works[i];
  if (w.quality === 'near') return NEAR;
  if (w.quality !== 'short') return null;
  const prev = neighbour(works, i, -1, lo, hi);
  const next = neighbour(works, i, 1, lo, hi);
  // Between two paragraphs: a subheading ("Bike lanes", "What happens next"), which may hold no
  // function word at all.
  if (prev === 'good' && next === 'good') return BETWEEN_PARAGRAPHS;
  // Else no function word and no sentence end: a name, a number, a stamp or an address, not text.
  if (wordless(w)) return WORDLESS;
  if (prev === 'bad' && next === 'bad') return BETWEEN_NON_PROSE;
  return w.f.endsSentence && w.f.stopDensity >= S.stopwordsLow ? ONE_LINE_PARAGRAPH : ONE_SIDE;
}

function settle(w: Work, v: Verdict): void {
  const reason = `${v.why}; ${w.decision.reason}`;
  w.quality = v.side;
  w.decision = v.side === 'good' ? { label: 'body', ruleId: 'body/context', reason } : { label: 'chrome', ruleId: 'chrome/not-prose', reason };
}
