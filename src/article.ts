import type { Article, Note } from './types.js';

/** An article with nothing found: the starting point for failures and empty input. */
export function emptyArticle(notes: Note[] = []): Article {
  return {
    headline: null,
    dateline: null,
    byline: null,
    source: null,
    paragraphs: [],
    body: '',
    language: null,
    notes,
  };
}
