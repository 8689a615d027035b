// Every HTML fixture matches its golden on BOTH DOM engines, read as bytes as the CLI reads files;
// and an HTML page gives the same article as a string, as bytes and as {html}.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { diffGolden, listFixtures, readBytes, toGolden, type Golden } from '../../src/golden/index.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'html');
const fixtures = listFixtures(dir);

describe('HTML fixtures', () => {
  it('covers the cases the HTML path must handle', () => {
    const names = fixtures.map((f) => f.name);
    for (const n of ['graph-jsonld.html', 'wire-dateline.html', 'wire-dateline-under-date.html', 'related-in-body.html', 'cp1251-declared.html', 'cp1251-declared-wrong.html', 'scss-style.html']) {
      expect(names).toContain(n);
    }
  });

  for (const fx of fixtures) {
    for (const dom of ['linkedom', 'jsdom'] as const) {
      it(`${fx.name} on ${dom} matches its golden`, () => {
        expect(existsSync(fx.expected), `${fx.name}: missing golden`).toBe(true);
        const expected = JSON.parse(readFileSync(fx.expected, 'utf8')) as Golden;
        expect(diffGolden(expected, toGolden(cleanArticle(readBytes(fx.input), { dom })))).toEqual([]);
      });
    }
  }
});

describe('one article whatever the form of the page', () => {
  const page = readFileSync(join(dir, 'graph-jsonld.html'), 'utf8');
  const bytes = new TextEncoder().encode(page);
  const url = 'https://courier.example/2024/03/07/ferries/';

  it('string, bytes and {html} give the same article, notes included', () => {
    const fromString = cleanArticle(page, { url });
    const fromBytes = cleanArticle(bytes, { url });
    const fromObject = cleanArticle({ html: page, url });
    expect(fromBytes).toEqual(fromString);
    expect(fromObject).toEqual(fromString);
    expect(fromString.paragraphs.length).toBeGreaterThan(3);
  });

  it('the input bytes are not mutated and cleaning is deterministic', () => {
    const copy = bytes.slice();
    const a = cleanArticle(bytes);
    const b = cleanArticle(bytes);
    expect(bytes).toEqual(copy);
    expect(a).toEqual(b);
  });
});

describe('the head of an HTML article', () => {
  it('reads a dateline opening the first paragraph below a byline and a standalone date', () => {
    // The byline and the <time> line stand between the <h1> and the first paragraph.
    const a = cleanArticle(readBytes(join(dir, 'wire-dateline-under-date.html')));
    expect(a.byline).toBe('Jane Doe');
    expect(a.dateline).toEqual({ text: 'NEW YORK (AP) —', place: 'NEW YORK', date: '2024-06-03' });
    expect(a.source).toEqual({ name: 'The Associated Press', kind: 'wire' });
    expect(a.paragraphs[0]!.startsWith('A powerful storm')).toBe(true);
    expect(a.paragraphs.some((p) => p.includes('RELATED'))).toBe(false);
  });
});
