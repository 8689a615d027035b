import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../src/blocks/types.js';
import { detectLanguage, findDate, matchByline, matchCredit, matchDateline, matchPublisherLine, pickHeadline } from '../../src/fields/index.js';
import { LEAD, linesToBlocks } from './blocks.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
// Text drawn from pieces the parsers care about, so that matches actually happen.
const piece = fc.constantFrom('TOKYO', '(AP)', '—', '-', 'By', 'Jane', 'Doe', 'Reuters', '©', '2024', 'June', '3,', '|', 'Published', '10:31 pm', 'EST', 'said.', 'the', '星空传媒', '\n', 'Nov.', '19');
const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 14 }).map((p) => p.join(' ')));

describe('field parsers never throw and keep their shapes', () => {
  it('matchDateline: rest is the end of the input; the date is ISO or null', () => {
    fc.assert(fc.property(text, (t) => {
      const m = matchDateline(t);
      if (!m) return;
      expect(t.trim().endsWith(m.rest)).toBe(true);
      expect(m.dateline.date === null || ISO.test(m.dateline.date)).toBe(true);
      expect(m.ruleId).toMatch(/^dateline\//);
    }), { numRuns: 400 });
  });

  it('matchCredit: rest is the start of the input; the source is a wire', () => {
    fc.assert(fc.property(text, (t) => {
      const m = matchCredit(t);
      if (!m) return;
      expect(t.trim().startsWith(m.rest)).toBe(true);
      expect(m.source.kind).toBe('wire');
    }), { numRuns: 400 });
  });

  it('matchByline and matchPublisherLine return well-formed results', () => {
    fc.assert(fc.property(text, (t) => {
      const b = matchByline(t);
      if (b) expect(b.byline.length).toBeGreaterThan(0);
      const p = matchPublisherLine(t, { url: 'https://www.example.com/2024/06/03/x', title: t });
      if (p) expect(p.source.kind).toBe('publisher');
      detectLanguage(t);
    }), { numRuns: 400 });
  });

  it('pickHeadline and findDate do not mutate their inputs and are deterministic', () => {
    fc.assert(fc.property(fc.array(text, { maxLength: 8 }), (lines) => {
      const blocks = linesToBlocks([...lines, LEAD].join('\n'));
      const meta = emptyMeta('https://example.com/2024/06/03/story');
      const before = JSON.stringify({ blocks, meta });
      const h1 = pickHeadline(blocks, meta);
      const d1 = findDate(blocks, meta);
      expect(JSON.stringify({ blocks, meta })).toBe(before);
      expect(pickHeadline(blocks, meta)).toEqual(h1);
      expect(findDate(blocks, meta)).toEqual(d1);
      if (d1) expect(d1.date).toMatch(ISO);
    }), { numRuns: 200 });
  });

  it('non-string input gives null', () => {
    const bad = [undefined, null, 42, {}] as unknown as string[];
    for (const b of bad) {
      expect(matchDateline(b)).toBeNull();
      expect(matchByline(b)).toBeNull();
      expect(matchCredit(b)).toBeNull();
      expect(matchPublisherLine(b, { url: null, title: null })).toBeNull();
      expect(detectLanguage(b)).toBeNull();
    }
  });
});
