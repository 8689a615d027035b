/**
 * cleanArticle: the one entry point. It applies the limits and normalises the input
 * (src/input.ts), hands it to the text or HTML pipeline, and never throws: an internal failure
 * becomes an `internal/error` note on an article that keeps whatever could be recovered.
 *
 * Why limits come first: every later stage (decode, repair, parse, classify) is at least linear in
 * the input, and some are worse; cutting and flattening before them bounds all of them at once.
 */
import { emptyArticle } from './article.js';
import { startDocument } from './caches.js';
import { normalizeInput } from './input.js';
import { Budget, resolveLimits } from './limits.js';
import { cleanHtml } from './pipeline/html.js';
import { cleanText } from './pipeline/text.js';
import type { Article, ArticleInput, CleanOptions, Note } from './types.js';

/** A message for any thrown value, even one whose `message` getter or `toString` throws. */
function describe(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return String(error);
  } catch {
    return 'an unprintable error';
  }
}

export function cleanArticle(input: string | Uint8Array | ArticleInput, options: CleanOptions = {}): Article {
  const notes: Note[] = [];
  try {
    startDocument();
    const opts: CleanOptions = options && typeof options === 'object' ? options : {};
    const budget = new Budget(resolveLimits(opts.limits).timeoutMs);
    const normalized = normalizeInput(input, opts, notes, budget);
    if (normalized.refused || budget.skip(`the ${normalized.mode} pipeline`, notes)) return emptyArticle(notes);
    return normalized.mode === 'html' ? cleanHtml(normalized, opts, notes) : cleanText(normalized, opts, notes);
  } catch (error) {
    notes.push({
      ruleId: 'internal/error',
      action: 'remove',
      reason: `copydesk failed on this input and returned what it had: ${describe(error).slice(0, 500)}`,
      text: '',
    });
    return emptyArticle(notes);
  }
}
