/**
 * Remembering what a field parser read from a text. The block stage asks the same short lines
 * several times (the headline picker looks for a byline under each candidate, the head pass and the
 * date finder read the same lines again, each date reader reads the line's dates again), so every
 * answer is kept: a miss as null, a match as the object built the first time. A match is an object
 * a caller may keep or change, so callers hand out copies of what is kept, never the kept object.
 * The memory is bounded and forgets everything when full; answers never depend on it. It outlives
 * one page (a corpus repeats its furniture lines), and `clearCaches` (src/caches.ts) empties it.
 *
 * An answer is kept per text and per variant (the reference year of a date reading, say): the text
 * itself is the key, never a string built from it, so that a lookup hashes a string the caller
 * already holds (V8 keeps a string's hash) instead of building and hashing a new one.
 */
import { registerCache } from '../caches.js';

const MAX_ENTRIES = 4096;

export interface Memo<T> {
  /** The answer kept for `key` read as `variant`, or undefined when none is kept. */
  get(key: string, variant?: string | number): T | undefined;
  /** Keep the answer for `key` read as `variant`. */
  set(key: string, value: T, variant?: string | number): void;
}

/**
 * `maxKeyChars`: longer texts are never kept. A parser that rejects a paragraph in a few steps
 * gains nothing from keeping it, and looking it up would hash the whole paragraph.
 */
export function memo<T>(maxKeyChars = Infinity): Memo<T> {
  const kept = new Map<string | number, Map<string, T>>();
  let size = 0;
  // The variant asked last and its answers: a page asks about one or two variants, again and again.
  let lastVariant: string | number | undefined;
  let lastMap: Map<string, T> | undefined;
  const clear = (): void => {
    kept.clear();
    size = 0;
    lastVariant = undefined;
    lastMap = undefined;
  };
  registerCache(clear);
  return {
    get: (key, variant = '') => {
      if (key.length > maxKeyChars) return undefined;
      if (variant !== lastVariant) {
        lastVariant = variant;
        lastMap = kept.get(variant);
      }
      return lastMap?.get(key);
    },
    set: (key, value, variant = '') => {
      if (key.length > maxKeyChars) return;
      if (size >= MAX_ENTRIES) clear();
      // A set follows a get of the same variant: its answers are at hand.
      let map = variant === lastVariant ? lastMap : kept.get(variant);
      if (!map) {
        kept.set(variant, (map = new Map()));
        if (variant === lastVariant) lastMap = map;
      }
      const before = map.size;
      map.set(key, value);
      size += map.size - before;
    },
  };
}

/**
 * A date reader's answer for `text` under `ref.year`, kept. A reference year only completes dates
 * written without one ("June 3"), so a text is read once without a year and that answer serves
 * every year, unless `needsYear` says the reading met such a date: only then is the text read
 * again, and kept, for that year. (The headline picker asks about lines without a year; the head
 * pass and the date finder ask about the same lines with the page's.)
 */
export function keptForYear<T>(kept: Memo<T>, text: string, ref: { year?: number }, read: (text: string, ref: { year?: number }) => T, needsYear: (answer: T) => boolean): T {
  let plain = kept.get(text);
  if (plain === undefined) kept.set(text, (plain = read(text, {})));
  if (!ref.year || !needsYear(plain)) return plain;
  let found = kept.get(text, ref.year);
  if (found === undefined) kept.set(text, (found = read(text, ref)), ref.year);
  return found;
}
