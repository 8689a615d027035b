// Placeholder: the HTML pipeline (parse → Readability signal → blocks → classify → assemble) lands here.
import type { NormalizedInput } from '../input.js';
import type { Article, CleanOptions, Note } from '../types.js';
import { cleanText } from './text.js';

export function cleanHtml(input: NormalizedInput, options: CleanOptions, notes: Note[]): Article {
  const text = input.content.replace(/<[^>]*>/g, '\n');
  return cleanText({ ...input, mode: 'text', content: text }, options, notes);
}
