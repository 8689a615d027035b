/**
 * Caches that outlive one call: the repair engine's answers kept per damaged span and per line
 * (a corpus repeats its damaged spans from page to page). Results never depend on them, only
 * speed does; each is bounded and forgets all when full. (The field readers keep no answers
 * across documents: keyed by each line, their answers cost more to look up than most lines cost to
 * read again, see src/fields/credit.ts. Within one document the dated lines are read again and
 * again, and their dates are kept for that document only: `registerDocumentMemo`.)
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

/** Memos of one document's readings (see `registerDocumentMemo`). */
const DOCUMENT_MEMOS: (() => void)[] = [];

/**
 * Registers a memo that lives while one document is cleaned: emptied when the next document
 * starts (`startDocument`), so that it never holds another page's text (a line is a slice that
 * keeps its whole page alive), and by clearCaches too.
 */
export function registerDocumentMemo(clear: () => void): void {
  DOCUMENT_MEMOS.push(clear);
  CLEARS.push(clear);
}

/** Called by cleanArticle before each document: empties the document memos. */
export function startDocument(): void {
  for (const clear of DOCUMENT_MEMOS) clear();
}
