/**
 * Interleaved timing shared by the benches that compare variants in one run (text, repair).
 *
 * After a warm-up over all passes in turn, the passes take turns round by round, each round starting
 * with the next pass so that every pass goes first equally often, until each has been measured for
 * minMs. Then none pays for the JIT's compilation and tiering of code the others reuse, and a drift
 * in the shared machine's load touches all of them alike.
 */

/** CPU time of this process since `since`, in ms: not wall time, the machine is shared. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export interface Timed {
  /** CPU time measured, over all measured passes. */
  ms: number;
  passes: number;
  /** The CPU time of each measured pass, in order. */
  each: number[];
}

/**
 * Runs each pass (a function that times one pass and returns its CPU ms) in interleaved rounds and
 * returns, per pass, the CPU time measured and the number of passes measured.
 */
export function interleave(passes: (() => number)[], o: { warmMs: number; minMs: number }): Timed[] {
  for (let warm = 0; warm < o.warmMs; ) for (const p of passes) warm += p();
  const out: Timed[] = passes.map(() => ({ ms: 0, passes: 0, each: [] }));
  // Each round starts with the next pass: the one measured first in a round paid 10–15 % more.
  for (let round = 0; out.some((r) => r.ms < o.minMs) || round % passes.length !== 0; round++) {
    for (let k = 0; k < passes.length; k++) {
      const i = (round + k) % passes.length;
      const ms = passes[i]();
      out[i].ms += ms;
      out[i].passes++;
      out[i].each.push(ms);
    }
  }
  return out;
}
