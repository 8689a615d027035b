// Test helper: one block per non-empty line, as the plain-text segmenter makes them.
import type { Block } from '../../src/blocks/types.js';

export function linesToBlocks(text: string, html: Partial<Block>[] = []): Block[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t, index) => ({
      index, text: t, line: index + 1, lineCount: 1, tag: null, headingLevel: null,
      linkDensity: null, inReadability: null, containerHints: [], ...html[index],
    }));
}

export const LEAD =
  'The city council approved the new transit budget on Tuesday after a debate that lasted more than six hours, officials said.';
