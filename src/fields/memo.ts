/**
 * Remembering that a field parser found nothing in a text. The block stage asks the same short
 * lines several times (the headline picker looks for a byline under each candidate, the head pass
 * and the date finder read the same lines again), and almost every answer is "no match". Only
 * misses are remembered: a match is an object a caller may keep, so it is always built fresh.
 * The memory is bounded and forgets everything when full; answers never depend on it.
 *
 * A miss is kept per text and per variant (the reference year of a date reading, say): the text
 * itself is the key, never a string built from it, so that a lookup hashes a string the caller
 * already holds (V8 keeps a string's hash) instead of building and hashing a new one.
 */
const MAX_ENTRIES = 4096;

export interface MissMemo {
  /** Whether `key` (read as `variant`) is known to give no match. */
  has(key: string, variant?: string | number): boolean;
  /** Record that `key` (read as `variant`) gives no match. */
  add(key: string, variant?: string | number): void;
}

export function missMemo(): MissMemo {
  const misses = new Map<string | number, Set<string>>();
  let size = 0;
  return {
    has: (key, variant = '') => misses.get(variant)?.has(key) ?? false,
    add: (key, variant = '') => {
      if (size >= MAX_ENTRIES) {
        misses.clear();
        size = 0;
      }
      let set = misses.get(variant);
      if (!set) misses.set(variant, (set = new Set()));
      if (!set.has(key)) size++;
      set.add(key);
    },
  };
}
