/**
 * Caches that outlive one call: answers kept per text (a field reader's answer for a line, the
 * decoding of a damaged span), because a corpus repeats its lines and spans from page to page.
 * Results never depend on them, only speed does; each is bounded and forgets all when full.
 *
 * `clearCaches` empties them all. A benchmark that cleans the same texts pass after pass calls it
 * before each pass: otherwise every pass after the first is answered from memory, which no corpus
 * of new pages would be (kept, they made the plain-text bench read about a fifth faster).
 */
const CLEARS: (() => void)[] = [];

/** Registers a cache's `clear`, for clearCaches. */
export function registerCache(clear: () => void): void {
  CLEARS.push(clear);
}

export function clearCaches(): void {
  for (const clear of CLEARS) clear();
}
