// Invariants of the block stage: conservation, determinism, no mutation, never throwing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { clearCaches } from '../../src/caches.js';

const seedText = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', 'ctv-nato-friends-gbk-spam.txt'), 'utf8');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every non-empty input line is found in a field, a paragraph or a note's text. */
function unaccounted(input: string, a: Article): string[] {
  const pool = squash([a.headline ?? '', a.byline ?? '', a.dateline?.text ?? '', ...a.paragraphs, ...a.notes.map((n) => n.text)].join('\n'));
  return input
    .split(/\r\n|\r|\n/)
    .map(squash)
    .filter((l) => l && !l.split(' ').every((piece) => pool.includes(piece)));
}

describe('conservation', () => {
  it('holds on a seed (repair off, so lines are the input lines)', () => {
    expect(unaccounted(seedText, cleanArticle({ text: seedText }, { repair: false }))).toEqual([]);
  });

  it('holds on arbitrary line soups', () => {
    const line = fc.oneof(fc.constantFrom('Home', 'Share', 'Advertisement', 'Related', 'TOKYO -', 'By Jane Doe', '— Reuters', ''), fc.lorem({ maxCount: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        expect(unaccounted(text, cleanArticle({ text }, { repair: false }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness', () => {
  it('is deterministic', () => {
    expect(cleanArticle(seedText)).toEqual(cleanArticle(seedText));
  });

  it('gives the same answers from empty caches as from caches another page filled', () => {
    const other = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', 'reuters-nato-indo-pacific.txt'), 'utf8');
    cleanArticle(seedText);
    const warm = cleanArticle(other);
    clearCaches();
    expect(cleanArticle(other)).toEqual(warm);
  });

  it('never mutates its input object', () => {
    const input = { text: seedText, url: 'https://example.com/a' };
    const copy = structuredClone(input);
    cleanArticle(input, { disable: ['chrome/share'] });
    expect(input).toEqual(copy);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const a = cleanArticle({ text: s });
        expect(a.body).toBe(a.paragraphs.join('\n\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a note a line for every removed block', () => {
    const a = cleanArticle({ text: seedText }, { repair: false });
    for (const n of a.notes.filter((x) => x.action === 'remove')) expect(n.line).toBeGreaterThan(0);
  });

  it('changes nothing more when its body is cleaned again', () => {
    const once = cleanArticle({ text: seedText }, { repair: false });
    const twice = cleanArticle({ text: once.body }, { repair: false });
    expect(twice.paragraphs).toEqual(once.paragraphs);
  });
});
