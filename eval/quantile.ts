/** The q-quantile of xs by the nearest rank below (q = 0.5: the median, the upper one of an even count). xs is not sorted in place. */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
