// DOM → blocks: block-aware text (never glued), features, skipped and hidden elements, hints, and
// Readability's verdict mapped back to the blocks.
import { describe, expect, it } from 'vitest';
import { domToBlocks } from '../../src/html/blocks.js';
import { parsePage } from '../../src/html/dom.js';
import { hintsFromNames } from '../../src/html/hints.js';
import { readabilitySignal } from '../../src/html/readability.js';

const blocksOf = (html: string, engine: 'linkedom' | 'jsdom' = 'linkedom') => domToBlocks(parsePage(html, engine).document).blocks;

describe('domToBlocks', () => {
  for (const engine of ['linkedom', 'jsdom'] as const) {
    it(`${engine}: one block per paragraph, never glued, whitespace normalised`, () => {
      const b = blocksOf('<div><p>First   <b>para</b>graph.</p><p>Second\n paragraph.</p>Tail text<h2>Sub</h2></div>', engine);
      expect(b.map((x) => [x.text, x.tag, x.headingLevel])).toEqual([
        ['First paragraph.', 'p', null],
        ['Second paragraph.', 'p', null],
        ['Tail text', 'div', null],
        ['Sub', 'h2', 2],
      ]);
      expect(b.map((x) => x.index)).toEqual([0, 1, 2, 3]);
    });
  }

  it('measures link density per block', () => {
    const [a, b] = blocksOf('<p><a href="/">Home</a></p><p>Read <a href="/x">this</a> now please</p>');
    expect(a.linkDensity).toBe(1);
    // 4 of the 17 non-space characters sit inside the link.
    expect(b.linkDensity).toBeCloseTo(4 / 17, 2);
  });

  it('skips code, form controls, hidden elements and punctuation-only runs', () => {
    const b = blocksOf('<p>Kept.</p><noscript>Enable JS</noscript><template><p>T</p></template><svg><text>S</text></svg>' +
      '<p hidden>Hidden</p><p style="display: none">None</p><p aria-hidden="true">Aria</p><button>Share</button><p>|</p>');
    expect(b.map((x) => x.text)).toEqual(['Kept.']);
  });

  it('splits at <br> outside paragraphs and keeps one paragraph inside', () => {
    expect(blocksOf('<div>By Ana Silva<br>Reuters<br>June 3, 2024</div>').map((x) => x.text)).toEqual(['By Ana Silva', 'Reuters', 'June 3, 2024']);
    expect(blocksOf('<p>One line<br>two line<br><br>New para</p>').map((x) => x.text)).toEqual(['One line two line', 'New para']);
  });

  it('reports landmark and class hints of the containers', () => {
    const b = blocksOf('<nav><p>Menu</p></nav><aside class="related-stories"><p>Other</p></aside><footer role="contentinfo"><p>F</p></footer><div class="shareBar"><p>S</p></div>');
    expect(b.map((x) => x.containerHints)).toEqual([['nav'], ['aside', 'related'], ['footer'], ['share']]);
  });

  it('walks deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    const b = blocksOf('<div>'.repeat(depth) + '<p>Deep text.</p>' + '</div>'.repeat(depth));
    expect(b.map((x) => x.text)).toEqual(['Deep text.']);
  });
});

describe('hintsFromNames', () => {
  it('splits class names into words and joined tokens', () => {
    expect(hintsFromNames('c-article-share__bar most-read')).toEqual(['share', 'related']);
    expect(hintsFromNames('articleBody')).toEqual(['body']);
    expect(hintsFromNames('header shadow')).toEqual([]);
  });
});

describe('readabilitySignal', () => {
  const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the harbour towns agreed on one timetable, with enough words and commas, so that Readability scores it as content.</p>`).join('');
  const html = `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav><article>${paras}</article><footer><p>© Site</p></footer></body></html>`;

  for (const engine of ['linkedom', 'jsdom'] as const) {
    it(`${engine}: maps what Readability kept back onto the blocks`, () => {
      const doc = parsePage(html, engine).document;
      const { blocks, owners } = domToBlocks(doc);
      const signal = readabilitySignal(doc);
      expect(signal).not.toBeNull();
      const kept = blocks.filter((_, i) => signal!.kept.has(owners[i])).map((b) => b.text);
      expect(kept).toHaveLength(6);
      expect(kept[0]).toMatch(/^Paragraph 1 /);
      expect(kept.some((t) => t === 'Home' || t === '© Site')).toBe(false);
    });
  }
});
