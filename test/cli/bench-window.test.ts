/**
 * The windows `npm run bench -- cli` reads its rates over (bench/cli-trace.ts): for the ceiling's
 * two processes, only the stretch where both run counts, so that the one that ends first does not
 * leave the other's solo tail in the figure.
 */
import { describe, expect, it } from 'vitest';
import { commonWindow, firstOut, halfOut, NO_CPU, type Trace } from '../../bench/cli-trace.js';

/** A trace sampled every 100 ms, with `perSample` records out per sample after `startAt` ms. */
function trace(records: number, startAt: number, perSample: number): Trace {
  const samples: Trace['samples'] = [];
  let done = 0;
  let at = 0;
  while (done < records) {
    at += 100;
    if (at > startAt) done = Math.min(records, done + perSample);
    samples.push({ at, done, rssMb: 100, threads: { main: 0, workers: at / 1000, helpers: 0 } });
  }
  return { t0: 0, end: at + 10, records, code: 0, samples, threads: { main: 0, workers: (at + 10) / 1000, helpers: 0 }, peakRssMb: 100 };
}

describe('bench windows', () => {
  it('one trace: steady runs from the first record out to the end, and counts every record after it', () => {
    const t = trace(100, 1000, 10); // first records out at 1,100 ms, all out at 2,000 ms
    const w = commonWindow([t], firstOut);
    expect(w.s).toBeCloseTo((2010 - 1100) / 1000, 6);
    expect(w.records).toBe(90); // the 10 out at the first sample opened the window
    expect(halfOut(t)).toBe(1500);
  });

  it('two traces: the window starts at the later opening and ends at the earlier end', () => {
    const fast = trace(100, 0, 10); // ends at 1,010 ms
    const slow = trace(100, 0, 5); // half out at 1,000 ms, ends at 2,010 ms
    const w = commonWindow([fast, slow], halfOut);
    // From the slow one's half-way point (1,000 ms) to the fast one's end (1,010 ms).
    expect(w.s).toBeCloseTo(0.01, 6);
    // Neither has a record out in those 10 ms: the fast one's 100 were all out at 1,000 ms, and the
    // slow one's next sample (55) comes after the window.
    expect(w.records).toBe(0);
    const steady = commonWindow([fast, slow], firstOut);
    // From 100 ms to 1,010 ms: the fast one goes 10 → 100 and the slow one 5 → 50.
    expect(steady.records).toBe(90 + 45);
    expect(steady.threads.workers).toBeCloseTo((1.01 - 0.1) + (1.0 - 0.1), 6);
    expect(steady.threads.main).toBe(NO_CPU.main);
  });
});
