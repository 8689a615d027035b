import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphText, segmentText, sentencesOf } from '../../src/segment/text.js';

describe('segmentText', () => {
  it('makes one block per line, with 1-based lines, skipping blank lines', () => {
    const blocks = segmentText('Title\n\nFirst line\nSecond line\n\n\nLast');
    expect(blocks.map((b) => [b.text, b.line, b.lineCount])).toEqual([
      ['Title', 1, 1],
      ['First line', 3, 1],
      ['Second line', 4, 1],
      ['Last', 7, 1],
    ]);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
  });

  it('joins a hard-wrapped paragraph into one block and keeps its exact text', () => {
    const text = [
      'The council voted on Tuesday to approve the new budget for the coming',
      'year, after a long debate in which several members argued that the',
      'proposed cuts to public transport would hurt the poorest residents.',
    ].join('\n');
    const blocks = segmentText(`Headline\n\n${text}\n`);
    expect(blocks).toHaveLength(2);
    expect(blocks[1].text).toBe(text);
    expect(blocks[1].lineCount).toBe(3);
    expect(paragraphText(blocks[1])).toBe(text.replace(/\n/g, ' '));
  });

  it('keeps a menu (short lines) as separate blocks', () => {
    expect(segmentText('Home\nWorld\nSport\nBusiness')).toHaveLength(4);
  });

  it('handles CRLF and CR line ends', () => {
    expect(segmentText('a\r\nb\rc').map((b) => b.line)).toEqual([1, 2, 3]);
  });
});

describe('sentencesOf', () => {
  it('cuts as the look-behind split it replaced, keeping sentences of the minimum length', () => {
    const piece = fc.constantFrom('a', 'Word', '.', '!', '?', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2003', 'x'.repeat(12), '…', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.integer({ min: 0, max: 30 }), (t, min) => {
        expect(sentencesOf(t, min)).toEqual(t.split(/(?<=[.!?])\s+/).filter((x) => x.length >= min));
      }),
      { numRuns: 3000 },
    );
  });
});
