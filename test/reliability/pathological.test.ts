// Pathological inputs (issue 6): each finishes within its documented limit (src/limits.ts) and
// returns an article with a note saying what was cut or refused. None may throw or come back as an
// `internal/error`. The vitest timeout on each test is the hang guard, not a figure.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import type { Article, CleanOptions, Note } from '../../src/types.js';
import { DOM_ENGINES, wellFormed } from './support.js';

const ids = (a: Article): string[] => a.notes.map((n) => n.ruleId);
const note = (a: Article, ruleId: string): Note | undefined => a.notes.find((n) => n.ruleId === ruleId);

/** Whether `s` is in the article's fields or paragraphs, or in the text of one of its notes. */
const conserved = (a: Article, s: string): boolean =>
  [a.headline, a.byline, a.dateline?.text, a.source?.name, ...a.paragraphs, ...a.notes.map((n) => n.text)].some(
    (field) => typeof field === 'string' && field.includes(s),
  );

/** What every result must satisfy, whatever the input. */
function expectSound(a: Article): void {
  expect(ids(a)).not.toContain('internal/error');
  expect(a.body).toBe(a.paragraphs.join('\n\n'));
  for (const p of a.paragraphs) expect(wellFormed(p) && !p.includes('\0')).toBe(true);
}

const SENTENCE = 'The council approved the new budget on Tuesday after a long debate about schools.';
const LONG = 120_000;

describe('pathological inputs', () => {
  it('50 MB of text is cut to limits.maxInputLength with limits/input-cut, and the kept part is cleaned', () => {
    const text = `${SENTENCE}\n\n`.repeat(Math.ceil(50_000_000 / (SENTENCE.length + 2)));
    expect(text.length).toBeGreaterThanOrEqual(50_000_000);
    const a = cleanArticle(text);
    expectSound(a);
    const cut = note(a, 'limits/input-cut');
    expect(cut?.reason).toContain(`limit of ${DEFAULT_LIMITS.maxInputLength.toLocaleString('en-US')}`);
    expect(a.paragraphs.length).toBeGreaterThan(0);
  }, 120_000);

  it('50 MB of bytes is cut before decoding', () => {
    const bytes = new TextEncoder().encode(`${SENTENCE}\n\n`.repeat(600_000));
    const a = cleanArticle(bytes);
    expectSound(a);
    expect(note(a, 'limits/input-cut')?.reason).toContain('bytes');
  }, 120_000);

  it('one 5 MB line is cut to limits.maxLineLength with limits/line-cut', () => {
    const line = 'word '.repeat(1_000_000);
    const a = cleanArticle(`Headline of the story\n\n${line}\n\n${SENTENCE}`);
    expectSound(a);
    expect(note(a, 'limits/line-cut')).toMatchObject({ line: 3 });
    expect(conserved(a, SENTENCE)).toBe(true);
  }, 120_000);

  it('200,000 lines are cut to limits.maxBlocks lines with limits/lines-cut', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `Item ${i}.`).join('\n');
    const a = cleanArticle(text);
    expectSound(a);
    expect(note(a, 'limits/lines-cut')).toMatchObject({ line: DEFAULT_LIMITS.maxBlocks + 1 });
    expect(note(a, 'limits/lines-cut')?.reason).toContain('200,000 lines');
    expect(ids(a)).not.toContain('limits/input-cut');
  }, 120_000);

  for (const dom of DOM_ENGINES) {
    it(`HTML nested 100,000 deep is flattened to limits.maxDepth (${dom})`, () => {
      const html = `<html><body>${'<div>'.repeat(100_000)}<p>${SENTENCE}</p>${'</div>'.repeat(100_000)}</body></html>`;
      const a = cleanArticle(html, { dom });
      expectSound(a);
      expect(ids(a)).toContain('limits/nesting-depth');
      expect(a.body).toContain(SENTENCE);
    }, 120_000);

    it(`1,000,000 entities are cut at limits.maxEntities with limits/entities-cut (${dom})`, () => {
      const html = `<html><body><p>${SENTENCE}</p><p>${'&lt;&gt;'.repeat(500_000)}</p></body></html>`;
      const a = cleanArticle(html, { dom });
      expectSound(a);
      expect(note(a, 'limits/entities-cut')?.reason).toContain('1,000,000 character references');
      expect(ids(a)).not.toContain('limits/input-cut');
      expect(a.body).not.toContain('&lt;');
    }, 120_000);
  }

  it('1,000,000 entities in plain text stay text, the line cut at limits.maxLineLength', () => {
    const a = cleanArticle({ text: `${SENTENCE}\n\n${'&eacute;'.repeat(1_000_000)}` });
    expectSound(a);
    expect(ids(a)).toContain('limits/line-cut');
  }, 120_000);

  it('NUL bytes and lone surrogates are removed with limits/control-chars, in text, HTML and bytes', () => {
    const damaged = `${SENTENCE.slice(0, 20)}\0\uD800${SENTENCE.slice(20)}\uDC00`;
    const inputs: [string | Uint8Array | { html: string }, CleanOptions][] = [
      [`Headline\n\n${damaged}\n\n${SENTENCE}`, {}],
      [{ html: `<html><body><h1>Headline</h1><p>${damaged}</p><p>${SENTENCE}</p></body></html>` }, {}],
      [new TextEncoder().encode(`Headline\n\n${SENTENCE.slice(0, 20)}\0${SENTENCE.slice(20)}\n\n${SENTENCE}`), {}],
    ];
    for (const [input, options] of inputs) {
      const a = cleanArticle(input, options);
      expectSound(a);
      expect(ids(a)).toContain('limits/control-chars');
      expect(a.body).toContain(SENTENCE);
    }
  });

  it('PNG, ZIP and PDF bytes are refused with limits/binary', () => {
    const files = {
      png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0],
      zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0x11, 0x76, 0x58, 0x6f, 0x4b, 0x5c, 0x2a],
      pdf: [...new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')],
    };
    for (const [kind, byteList] of Object.entries(files)) {
      const bytes = new Uint8Array([...byteList, ...new Uint8Array(2000).map((_, i) => (i * 37) % 256)]);
      for (const input of [bytes, { bytes }, Buffer.from(bytes).toString('latin1')]) {
        const a = cleanArticle(input);
        expectSound(a);
        expect(ids(a), kind).toEqual(['limits/binary']);
        expect(a.paragraphs).toEqual([]);
        expect(note(a, 'limits/binary')?.reason.toLowerCase()).toContain(kind);
      }
    }
  });

  it('empty and whitespace-only input give an empty article with limits/empty', () => {
    for (const input of ['', '   ', '\n\n\t \r\n', new Uint8Array(0), { html: '' }, { text: ' \n ' }, {}]) {
      const a = cleanArticle(input);
      expectSound(a);
      expect(a.paragraphs).toEqual([]);
      expect(ids(a)).toEqual(['limits/empty']);
    }
  });

  it('a <style> holding SCSS that jsdom’s CSS parser rejects still gives the article (jsdom)', () => {
    const scss = '.gallery .viewport{min-height:calc(($container-max-width - $secondary-max-width - 16px) / 16 * 9)}';
    const html = `<html><head><style>${scss}</style></head><body><article><h1>Budget passes</h1><p>${SENTENCE}</p><p style="width:calc(($a - 1px) / 2)">${SENTENCE.replace('Tuesday', 'Monday')}</p></article></body></html>`;
    const a = cleanArticle(html, { dom: 'jsdom' });
    expectSound(a);
    expect(a.body).toContain(SENTENCE);
  });

  const benchmarkPage = join(
    process.env.COPYDESK_DATASETS ?? join(process.cwd(), '..', 'shared', 'datasets'),
    'article-extraction-benchmark/html/f5c90a6d5253c3a21ff3168c64bea4b5ffade7a1ba5bed952a59ebee0d648d98.html.gz',
  );
  it.skipIf(!existsSync(benchmarkPage))('the benchmark page whose SCSS makes jsdom throw is cleaned (jsdom)', () => {
    const html = gunzipSync(readFileSync(benchmarkPage)).toString('utf8');
    const a = cleanArticle(html, { dom: 'jsdom' });
    expectSound(a);
    expect(a.paragraphs.join(' ').length).toBeGreaterThan(1000);
  }, 60_000);

  describe('JSON-LD', () => {
    const page = (jsonLd: string): string =>
      `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><h1>Budget passes</h1><p>${SENTENCE}</p></body></html>`;
    const cases: Record<string, string> = {
      malformed: '{"@type": "NewsArticle", "headline": "Broken",, "datePublished": ',
      'not an object': '"just a string"',
      'deeply nested': `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      huge: JSON.stringify({ '@type': 'NewsArticle', headline: 'Huge', articleBody: 'x'.repeat(3_000_000), keywords: Array.from({ length: 50_000 }, (_, i) => `k${i}`) }),
      'prototype keys': '{"@type":"NewsArticle","headline":"Proto","__proto__":{"polluted":"yes","headline":"bad"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"polluted":"yes"},"name":"A. Writer"},"@graph":[{"__proto__":{"polluted":"yes"}}]}',
    };
    for (const dom of DOM_ENGINES) {
      for (const [name, jsonLd] of Object.entries(cases)) {
        it(`${name} (${dom}): no throw, no prototype pollution, fields stay strings`, () => {
          const a = cleanArticle(page(jsonLd), { dom });
          expectSound(a);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
          expect(a.headline === null || typeof a.headline === 'string').toBe(true);
          expect(a.byline === null || typeof a.byline === 'string').toBe(true);
          expect(a.body).toContain(SENTENCE);
        }, 60_000);
      }
    }
  });

  it('a spent time budget skips the pipeline with limits/timeout instead of running on', () => {
    const text = `${SENTENCE}\n`.repeat(200_000);
    const a = cleanArticle(text, { limits: { timeoutMs: 1 } });
    expectSound(a);
    expect(note(a, 'limits/timeout')?.reason).toContain('1 ms budget');
    expect(a.paragraphs).toEqual([]);
  }, 60_000);

  it('odd arguments from untyped callers give an article, never a throw', () => {
    const odd: unknown[] = [null, undefined, 42, Symbol('x'), () => 'x', [], new ArrayBuffer(4), { html: 5 }, { get html(): string { throw new Error('getter'); } }];
    for (const input of odd) {
      for (const options of [undefined, null, 'x', { limits: null, disable: 'chrome' }, { limits: { maxInputLength: -1 } }]) {
        const a = cleanArticle(input as string, options as CleanOptions);
        expect(a.body).toBe(a.paragraphs.join('\n\n'));
        expect(Array.isArray(a.notes)).toBe(true);
      }
    }
  });
});
