/**
 * cleanArticle: the one entry point. It normalises the input, hands it to the text or HTML
 * pipeline, and never throws: an internal failure becomes an `internal/error` note on an article
 * that keeps whatever could be recovered.
 */
import { emptyArticle } from './article.js';
import { normalizeInput } from './input.js';
import { cleanHtml } from './pipeline/html.js';
import { cleanText } from './pipeline/text.js';
import type { Article, ArticleInput, CleanOptions, Note } from './types.js';

export function cleanArticle(
  input: string | Uint8Array | ArticleInput,
  options: CleanOptions = {},
): Article {
  const notes: Note[] = [];
  try {
    const normalized = normalizeInput(input, options ?? {}, notes);
    return normalized.mode === 'html'
      ? cleanHtml(normalized, options ?? {}, notes)
      : cleanText(normalized, options ?? {}, notes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notes.push({
      ruleId: 'internal/error',
      action: 'remove',
      reason: `copydesk failed on this input and returned what it had: ${message}`,
      text: '',
    });
    return emptyArticle(notes);
  }
}
