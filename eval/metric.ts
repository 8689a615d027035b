/**
 * The article-extraction benchmark's metric, exactly as its README defines it:
 * \w+ tokens, overlapping 4-token shingles as multisets, per-page tp/fp/fn scaled to sum to 1,
 * precision and recall averaged over pages, F1 the harmonic mean of the two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length < SHINGLE) {
    add(tokens.join(' '));
    return counts;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) add(tokens.slice(i, i + SHINGLE).join(' '));
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** tp, fp and fn for one page, scaled to sum to 1 (all zero when both texts are empty). */
export function scorePage(predicted: string, truth: string): PageScore {
  const p = shingles(predicted);
  const t = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function scoreCorpus(pages: PageScore[]): BodyScore {
  const prec = pages.filter((s) => s.tp + s.fp > 0).map((s) => s.tp / (s.tp + s.fp));
  const rec = pages.filter((s) => s.tp + s.fn > 0).map((s) => s.tp / (s.tp + s.fn));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(prec);
  const recall = mean(rec);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}
