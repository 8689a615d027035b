/**
 * The article's main run: the contiguous run of blocks with the largest total weight, where prose
 * counts its words and every other block costs a fixed amount (the maximum-subarray idea of
 * content-extraction work since Pinto et al.). It is robust to an advertisement or a caption inside
 * the article, and it leaves out prose islands in headers and footers.
 */
import type { Work } from '../classify/types.js';
import { SETTINGS as S } from '../rules/settings.js';

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
 * The headline marks where the article starts. When it sits inside the main run, the run starts
 * after it; when it sits after the run, the best run after it wins if it weighs at least
 * `anchorMinShare` of the unanchored run (a teaser block can outweigh a short article).
 */
export function anchorRegion(works: Work[], region: Region | null, headline: number | null): Region | null {
  if (headline === null || !region || headline < region.start) return region;
  const after = findRegion(works, headline + 1);
  if (!after) return region;
  if (headline <= region.end) return after;
  return after.weight >= S.anchorMinShare * region.weight ? after : region;
}
