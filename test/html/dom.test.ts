// The DOM adapter: both engines behind one interface, jsdom's CSS trap, a caller's Document never mutated.
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { adoptDocument, isDocumentLike, parsePage } from '../../src/html/dom.js';

const SCSS_PAGE = '<html><head><style>.a { width: calc(100% - #{$gap}); }</style></head><body><p>Hello there.</p></body></html>';
const ARTICLE = `<!doctype html><html lang="en"><head><title>Ferry timetable agreed - Courier</title>
<script>document.title = "changed"; window.pagePolluted = true;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Ferry timetable agreed</h1>
<p>Three harbour towns have agreed to run their ferries to a single shared timetable from the summer, ending years of missed connections.</p>
<p>The councils signed the agreement on Wednesday evening after a consultation in which thousands of residents asked for connections that wait.</p>
<p>The operators will publish the combined timetable in April, and the new sailings begin on the first of June this year.</p>
</body></html>`;

describe('parsePage', () => {
  for (const engine of ['linkedom', 'jsdom'] as const) {
    it(`${engine}: gives a Document with head, body and title`, () => {
      const { document, fallback } = parsePage('<title>T</title><p>One</p><p>Two</p>', engine);
      expect(fallback).toBeNull();
      expect(document.title).toBe('T');
      expect(document.body.querySelectorAll('p')).toHaveLength(2);
    });

    it(`${engine}: runs no page script`, () => {
      const { document } = parsePage('<html><body><p id="x">before</p><script>document.getElementById("x").textContent = "after"</script></body></html>', engine);
      expect(document.getElementById('x')?.textContent).toBe('before');
      expect((globalThis as Record<string, unknown>).pagePolluted).toBeUndefined();
    });
  }

  it('the SCSS page really breaks jsdom when its style is left in', () => {
    expect(() => new JSDOM(SCSS_PAGE, { virtualConsole: new VirtualConsole() })).toThrow();
  });

  it('jsdom parses the SCSS page once styles are emptied, with no fallback', () => {
    const page = parsePage(SCSS_PAGE, 'jsdom');
    expect(page.engine).toBe('jsdom');
    expect(page.fallback).toBeNull();
    expect(page.document.body.textContent).toContain('Hello there.');
  });
});

describe('a caller’s own Document', () => {
  it('is recognised and adopted as a private copy', () => {
    const doc = new JSDOM('<p>x</p>').window.document;
    expect(isDocumentLike(doc)).toBe(true);
    expect(isDocumentLike({})).toBe(false);
    expect(adoptDocument(doc).document).not.toBe(doc);
  });

  for (const make of [
    ['jsdom', (html: string) => new JSDOM(html).window.document],
    ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
  ] as const) {
    it(`${make[0]}: is never mutated and gives the same article as the markup`, () => {
      const doc = make[1](ARTICLE);
      const before = doc.documentElement.outerHTML;
      // The markup handed alongside is a placeholder: the caller's Document is what gets read.
      const fromDoc = cleanArticle({ html: '<html><body><p>placeholder</p></body></html>' }, { document: doc });
      expect(doc.documentElement.outerHTML).toBe(before);
      const fromHtml = cleanArticle({ html: ARTICLE });
      expect(fromDoc.paragraphs).toEqual(fromHtml.paragraphs);
      expect(fromDoc.headline).toBe('Ferry timetable agreed');
      expect(fromDoc.paragraphs).toHaveLength(3);
    });

    it(`${make[0]}: needs no markup beside it (an empty input is not refused when a Document is given)`, () => {
      const fromDoc = cleanArticle('', { document: make[1](ARTICLE) });
      expect(fromDoc.notes.map((n) => n.ruleId)).not.toContain('limits/empty');
      expect(fromDoc.paragraphs).toEqual(cleanArticle({ html: ARTICLE }).paragraphs);
    });
  }
});

describe('jsdom window lifetime', () => {
  it('closes the window after the stages even when the page holds srcdoc frames (closing them can throw)', () => {
    const html = '<div><svg><iframe srcdoc="<script>parent.x=1</script>"></iframe></svg><iframe srcdoc="<p>frame</p>"></iframe><p>Body text of a page with frames in it.</p></div>';
    const article = cleanArticle({ html }, { dom: 'jsdom' });
    expect(article.notes.filter((n) => n.ruleId === 'internal/error')).toEqual([]);
  });
});
