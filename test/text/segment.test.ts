import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraphText, segmentText, sentencesOf } from '../../src/segment/text.js';
import { FLAT_OPENER_MAX, FLAT_PARAGRAPH_CHARS } from '../../src/segment/flat.js';

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

  it('joins two lines only when the second goes on in lower case', () => {
    const first = 'The council voted on Tuesday to approve the new budget for the coming';
    expect(segmentText(`${first}\nyear, after a long debate.`)).toHaveLength(1);
    // A headline over a teaser, a byline over a date line: the lengths of wrapped lines, not their reading.
    expect(segmentText(`${first}\nYear after year the debate goes on.`)).toHaveLength(2);
    expect(segmentText('By JANE DOE and JOHN ROE, The Associated Press\nPublished June 3, 2024 at 4:12 p.m. ET')).toHaveLength(2);
  });

  it('keeps list items, table rows, bylines and date lines apart, however long', () => {
    const items = (marker: (k: number) => string) =>
      [1, 2, 3].map((k) => `${marker(k)}The council voted on Tuesday to approve budget number ${k} for the coming`).join('\n');
    expect(segmentText(items(() => '* '))).toHaveLength(3);
    expect(segmentText(items(() => '• '))).toHaveLength(3);
    expect(segmentText(items((k) => `${k}. `))).toHaveLength(3);
    expect(segmentText(items((k) => `${k}) `))).toHaveLength(3);
    const table = ['Ticker   Security                  Last     Change', 'HD       THE HOME DEPOT INC.       225.86   -12.99', 'LOW      LOWE COMPANIES INC.       113.40   -1.62'];
    expect(segmentText(table.join('\n'))).toHaveLength(3);
    const stack = ['Council approves the new transit plan after a long debate', 'By JANE DOE and JOHN ROE, The Associated Press', 'Published June 3, 2024 at 4:12 p.m. ET'];
    expect(segmentText(stack.join('\n')).map((b) => b.text)).toEqual(stack);
  });

  it('keeps apart lines of uneven lengths or with a bar between spaces: a title, a headline, a byline, a deck', () => {
    // No blank line between them, each of a wrapped length, none ending like a sentence.
    const head = [
      'Council approves transit budget after marathon debate | The Daily Post',
      'Council approves transit budget after marathon debate',
      'Jane Doe · The Daily Post · Posted: Jun 03, 2024 4:12 PM EDT',
      'Rail extension to the airport survives six-hour debate',
      'Social Sharing',
    ];
    expect(segmentText(head.join('\n')).map((b) => b.text)).toEqual(head);
    // A page title's bar alone keeps lines of even lengths apart.
    const titled = ['Council approves transit budget after marathon debate | The Daily Post', 'Rail extension to the airport survives a six-hour debate on cost', 'Analysis'];
    expect(segmentText(titled.join('\n')).map((b) => b.text)).toEqual(titled);
    // Lines whose lengths differ by more than a wrapper leaves (here 47 and 95 characters) are lines of their own.
    const uneven = [
      'Council approves transit budget after marathon',
      'Rail extension to the airport survives a six-hour debate over what it will cost the city',
      'Analysis',
    ];
    expect(uneven[1].length - uneven[0].length).toBeGreaterThan(30);
    expect(segmentText(uneven.join('\n')).map((b) => b.text)).toEqual(uneven);
  });

  it('reads a line ending with an ideographic full stop as ended', () => {
    const line = (k: number) => `通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません${k}。`;
    expect(segmentText([1, 2, 3].map(line).join('\n'))).toHaveLength(3);
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

describe('flattened page text (one line for the whole page)', () => {
  const menu = 'Home News Sport Weather Business Technology Science Health Entertainment Arts Travel';
  const para = (k: number) =>
    `The council voted on Tuesday to approve budget number ${k} for the coming year. Several members argued that the proposed cuts to public transport would hurt the poorest residents of the city.`;
  const article = Array.from({ length: 14 }, (_, k) => para(k)).join(' ');
  const footer = 'Related Topics Budget Transport Council Elections Share This Story Facebook Twitter Email';
  const flat = `${menu} ${article} ${footer}`;

  it('is cut into paragraph-sized blocks, menus and link lists apart from the prose', () => {
    const blocks = segmentText(flat);
    expect(blocks.length).toBeGreaterThan(3);
    // The menu comes apart; its last few capitalised words may stay with the prose (they could open it).
    expect(menu.startsWith(blocks[0].text)).toBe(true);
    expect(blocks[0].text.split(' ').length).toBeGreaterThanOrEqual(menu.split(' ').length - FLAT_OPENER_MAX);
    expect(blocks[blocks.length - 1].text).toBe(footer);
    // Every block is a slice of the line, in order, and nothing is lost but the spaces between blocks.
    expect(blocks.map((b) => b.text).join(' ')).toBe(flat);
    // Sentences are grouped up to the paragraph size; only the last group before the footer may be shorter.
    for (const b of blocks.slice(1, -2)) expect(b.text.length).toBeGreaterThanOrEqual(FLAT_PARAGRAPH_CHARS);
    expect(blocks.every((b) => b.line === 1 && b.lineCount === 1)).toBe(true);
  });

  it('does not cut after an abbreviation', () => {
    const text = `${menu} ${'Mr. Garrett said on Nov. 18 that the U.S. team would play. '.repeat(60)}`;
    for (const b of segmentText(text)) expect(b.text).not.toMatch(/(?:Mr|Nov|U\.S)\.$/);
  });

  it('leaves a long line among many lines alone: a long paragraph is not flattened text', () => {
    const lines = [...Array.from({ length: 80 }, (_, k) => `Line ${k} of a page with a menu and a body.`), article];
    const blocks = segmentText(lines.join('\n'));
    expect(blocks).toHaveLength(81);
    expect(blocks[80].text).toBe(article);
  });

  it('is stable: the same input gives the same blocks', () => {
    expect(segmentText(flat)).toEqual(segmentText(flat));
  });
});

describe('flattened page text: the title repeated as the headline', () => {
  it('stands alone where it is repeated further on', () => {
    const title = 'Council approves the new transport budget';
    const body = 'The council voted on Tuesday to approve the budget for the coming year, after a long debate. '.repeat(30);
    const blocks = segmentText(`${title} - The Daily Example Home News Sport Weather ${title} By Jane Doe ${body}`);
    // The line opens with the title (and the site's name); the repeat after the menu is a block of its own.
    expect(blocks[0].text.startsWith(title)).toBe(true);
    const repeat = blocks.findIndex((b) => b.index > 0 && b.text === title);
    expect(repeat).toBeGreaterThan(0);
    expect(blocks[repeat + 1].text.startsWith('By Jane Doe The council voted')).toBe(true);
  });
});
