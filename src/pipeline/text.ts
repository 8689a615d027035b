// Placeholder: the plain-text pipeline (segment → classify → revise → assemble) lands here.
import { emptyArticle } from '../article.js';
import type { NormalizedInput } from '../input.js';
import type { Article, CleanOptions, Note } from '../types.js';

export function cleanText(input: NormalizedInput, _options: CleanOptions, notes: Note[]): Article {
  const paragraphs = input.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { ...emptyArticle(notes), paragraphs, body: paragraphs.join('\n\n') };
}
