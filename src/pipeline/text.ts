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
import { labelledOf } from '../assemble/assemble.js';
import type { Work } from '../classify/types.js';

/** The block stage's result on the repaired, segmented text. */
function textArticle(input: NormalizedInput, options: CleanOptions, notes: Note[]): { article: Article; works: Work[] } {
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

/** The article and every block's label (the CLI's explain view). */
export function runText(input: NormalizedInput, options: CleanOptions, notes: Note[]): { article: Article; labelled: LabelledBlock[] } {
  const { article, works } = textArticle(input, options, notes);
  return { article, labelled: labelledOf(works) };
}

export function cleanText(input: NormalizedInput, options: CleanOptions, notes: Note[]): Article {
  return textArticle(input, options, notes).article;
}
