// Every fixture input matches its readable golden (`npm run goldens` regenerates them on purpose).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.js';
import { diffGolden, listFixtures, readBytes, serializeGolden, toGolden, type Golden } from '../src/golden/index.js';

const root = join(__dirname, '..', 'fixtures');
const fixtures = listFixtures(root).filter((fx) => existsSync(fx.expected));

describe('goldens', () => {
  it('has a golden for every seed article', () => {
    const seeds = listFixtures(join(root, 'seeds'));
    expect(seeds.length).toBeGreaterThanOrEqual(2);
    for (const fx of seeds) expect(existsSync(fx.expected), `${fx.name}: missing golden; run npm run goldens`).toBe(true);
  });

  for (const fx of fixtures) {
    it(`${fx.name} matches ${fx.expected.split('/').pop()}`, () => {
      const expected = JSON.parse(readFileSync(fx.expected, 'utf8')) as Golden;
      const actual = toGolden(cleanArticle(readBytes(fx.input)));
      expect(diffGolden(expected, actual)).toEqual([]);
      expect(serializeGolden(actual)).toBe(readFileSync(fx.expected, 'utf8'));
    });
  }
});

describe('diffGolden', () => {
  const base: Golden = { headline: 'H', dateline: null, byline: null, source: null, language: null, paragraphs: ['a', 'b', 'c'], notes: ['L1 remove chrome/share: Share'] };

  it('is empty for equal goldens', () => {
    expect(diffGolden(base, structuredClone(base))).toEqual([]);
  });

  it('names field changes and paragraphs added, removed or changed by index', () => {
    expect(diffGolden(base, { ...base, headline: 'G' })).toEqual(['headline: "H" → "G"']);
    expect(diffGolden(base, { ...base, paragraphs: ['a', 'c'] })).toEqual(['paragraph 2 removed: "b"']);
    expect(diffGolden(base, { ...base, paragraphs: ['a', 'b', 'x', 'c'] })).toEqual(['paragraph 3 added: "x"']);
    expect(diffGolden(base, { ...base, paragraphs: ['a', 'B', 'c'] })).toEqual(['paragraph 2 changed: "b" → "B"']);
  });
});
