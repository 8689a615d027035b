import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles } from '../eval/metric.js';

describe('benchmark metric', () => {
  it('makes overlapping 4-token shingles from \\w+ tokens, and one short shingle for 1-3 tokens', () => {
    expect([...shingles('a b c d e').keys()]).toEqual(['a b c d', 'b c d e']);
    expect([...shingles('a, b!').entries()]).toEqual([['a b', 1]]);
    expect(shingles('  ').size).toBe(0);
  });

  it('scales tp, fp and fn to sum to 1 per page', () => {
    const s = scorePage('a b c d e f', 'a b c d e x');
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
    // shingles: abcd bcde cdef against abcd bcde cdex: tp 2, fp 1, fn 1
    expect(s.tp).toBeCloseTo(0.5);
    expect(s.fp).toBeCloseTo(0.25);
  });

  it('takes F1 of the mean precision and mean recall, not the mean of F1s', () => {
    const score = scoreCorpus([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
      { tp: 0, fp: 0, fn: 1 },
    ]);
    // precision counts pages 1 and 2 (tp+fp > 0): (1 + 0.5) / 2; recall counts all three: (1 + 1 + 0) / 3
    expect(score.precision).toBeCloseTo(0.75);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });
});
