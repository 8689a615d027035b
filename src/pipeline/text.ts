/**
 * The plain-text pipeline: repair the encoding, segment lines into blocks, then the shared block
 * stage. Limits are applied upstream (src/input.ts / the caller).
 */
import type { DocContext, LabelledBlock } from '../blocks/types.js';
import { emptyMeta } from '../blocks/types.js';
import type { NormalizedInput } from '../input.js';
import { repairText } from '../repair/repair-text.js';
import { segmentText } from '../segment/text.js';
import type { Article, CleanOptions, Note } from '../types.js';
import { articleFromBlocks } from './blocks.js';

export function runText(input: NormalizedInput, options: CleanOptions, notes: Note[]): { article: Article; labelled: LabelledBlock[] } {
  let text = input.content;
  if (options.repair !== false) {
    const repaired = repairText(text, options.repair ?? {});
    notes.push(...repaired.notes);
    text = repaired.text;
  }
  const ctx: DocContext = {
    mode: 'text',
    meta: emptyMeta(input.url),
    disabled: new Set(options.disable ?? []),
    notes,
  };
  return articleFromBlocks(segmentText(text), ctx, options);
}

export function cleanText(input: NormalizedInput, options: CleanOptions, notes: Note[]): Article {
  return runText(input, options, notes).article;
}
