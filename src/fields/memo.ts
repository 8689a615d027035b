/**
 * Remembering that a field parser found nothing in a text. The block stage asks the same short
 * lines several times (the headline picker looks for a byline under each candidate, the head pass
 * and the date finder read the same lines again), and almost every answer is "no match". Only
 * misses are remembered: a match is an object a caller may keep, so it is always built fresh.
 * The memory is bounded and forgets everything when full; answers never depend on it.
 */
const MAX_ENTRIES = 4096;

export interface MissMemo {
  /** Whether `key` is known to give no match. */
  has(key: string): boolean;
  /** Record that `key` gives no match. */
  add(key: string): void;
}

export function missMemo(): MissMemo {
  const misses = new Set<string>();
  return {
    has: (key) => misses.has(key),
    add: (key) => {
      if (misses.size >= MAX_ENTRIES) misses.clear();
      misses.add(key);
    },
  };
}
