// The one-pass heaviest run starting in a window equals the direct double loop it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Work } from '../../src/classify/types.js';
import { runStartingIn, weightOf, type Region } from '../../src/revise/region.js';

function direct(works: Work[], from: number, to: number): Region | null {
  let best: Region | null = null;
  for (let start = from; start <= to && start < works.length; start++) {
    let sum = 0;
    for (let i = start; i < works.length; i++) {
      sum += weightOf(works[i]);
      if (sum > 0 && (!best || sum > best.weight)) best = { start, end: i, weight: sum };
    }
  }
  return best;
}

const work = fc.record({
  quality: fc.constantFrom('good', 'near', 'short', 'bad'),
  wordCount: fc.integer({ min: 0, max: 40 }),
  endsSentence: fc.boolean(),
  stopDensity: fc.constantFrom(0, 0.1, 0.2, 0.4),
}).map(({ quality, ...f }) => ({ quality, f }) as unknown as Work);

describe('runStartingIn', () => {
  it('finds the same run as the double loop, ties included', () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 40 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 20 }), (works, from, span) => {
        expect(runStartingIn(works, from, from + span)).toEqual(direct(works, from, from + span));
      }),
      { numRuns: 3000 },
    );
  });
});
