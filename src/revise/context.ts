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

type Side = 'good' | 'bad' | 'near';

function neighbour(works: Work[], i: number, step: 1 | -1, ignoreNear: boolean): Side {
  for (let j = i + step; j >= 0 && j < works.length; j += step) {
    const q = works[j].quality;
    if (q === 'good' || q === 'bad') return q;
    if (q === 'near' && !ignoreNear) return 'near';
  }
  return 'bad';
}

/** jusText's context-sensitive pass: settle 'short' then 'near' blocks by their neighbours. */
export function settleByContext(works: Work[]): void {
  const shortVerdicts = works.map((w, i) => {
    if (w.quality !== 'short') return null;
    const prev = neighbour(works, i, -1, true);
    const next = neighbour(works, i, 1, true);
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    const nearPrev = prev === 'bad' && neighbour(works, i, -1, false) === 'near';
    const nearNext = next === 'bad' && neighbour(works, i, 1, false) === 'near';
    return nearPrev || nearNext ? 'good' : 'bad';
  });
  shortVerdicts.forEach((v, i) => {
    if (v) settle(works[i], v, 'short block');
  });
  for (let i = 0; i < works.length; i++) {
    if (works[i].quality !== 'near') continue;
    const prev = neighbour(works, i, -1, true);
    const next = neighbour(works, i, 1, true);
    settle(works[i], prev === 'bad' && next === 'bad' ? 'bad' : 'good', 'near-prose block');
  }
}

function settle(w: Work, to: 'good' | 'bad', what: string): void {
  w.quality = to;
  const why = to === 'good' ? 'next to prose' : 'between non-prose blocks';
  w.decision =
    to === 'good'
      ? { label: 'body', ruleId: 'body/context', reason: `${what} ${why}; ${w.decision.reason}` }
      : { label: 'chrome', ruleId: 'chrome/not-prose', reason: `${what} ${why}; ${w.decision.reason}` };
}
