import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoUpperFirst, upperFirst } from '../../src/fields/chars.js';
import { splitTitle } from '../../src/fields/title.js';

// The code tests stand for these regexes exactly (the readers ask them of every line they try).
const UPPER_FIRST = /^\p{Lu}/u;
const TWO_UPPER = /^\p{Lu}{2}/u;

describe('character tests by code', () => {
  it('upperFirst is /^\\p{Lu}/u for every first code unit, alone and followed by text', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}a`, `${ch}\u{1D400}`]) if (upperFirst(text) !== UPPER_FIRST.test(text)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect(upperFirst('')).toBe(false);
    expect(upperFirst('\u{1D400}x')).toBe(true); // an astral capital (mathematical bold A)
  });

  it('twoUpperFirst is /^\\p{Lu}{2}/u over pairs of ASCII, Latin-1, astral and surrogate starts', () => {
    const units = [...Array(256).keys()].map((c) => String.fromCharCode(c)).concat(['\u0391', '\u03b1', '\u{1D400}', '\ud835', 'Ж', 'ж']);
    const wrong: string[] = [];
    for (const a of units) for (const b of ['', ...units]) if (twoUpperFirst(a + b) !== TWO_UPPER.test(a + b)) wrong.push(a + b);
    expect(wrong).toEqual([]);
  });

  it('agree with the regexes on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => upperFirst(t) === UPPER_FIRST.test(t) && twoUpperFirst(t) === TWO_UPPER.test(t)));
  });
});

describe('splitTitle headline', () => {
  it('cuts a section named after a bar with the site ("Headline | Section - Site", "Headline | Section | Site")', () => {
    expect(splitTitle('Council approves transit budget | City News - The Daily Post').headlines[0]).toBe('Council approves transit budget');
    expect(splitTitle('Council approves transit budget | Transport | The Daily Post').headlines[0]).toBe('Council approves transit budget');
    // After a colon the part is the headline's own ("Headline: the subtitle - Site").
    expect(splitTitle('Transit budget: council says yes - The Daily Post').headlines[0]).toBe('Transit budget: council says yes');
  });

  it('splits at a full-width bar, with or without spaces, as Japanese and Chinese titles set it', () => {
    expect(splitTitle('市議会、交通予算を可決｜日報新聞')).toMatchObject({ headlines: expect.arrayContaining(['市議会、交通予算を可決']), site: '日報新聞' });
    expect(splitTitle('市议会通过交通预算 ｜ 城市日报').headlines[0]).toBe('市议会通过交通预算');
  });
});

describe('splitTitle site part', () => {
  // A part names the site when it has at most five words, counted as `split(/\s+/)` counts them.
  const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
  it('takes the last part, else the first, as the site when it has five words or fewer', () => {
    const word = fc.constantFrom('News', 'The', 'Daily', 'Times', 'of', 'India', 'WSJ', 'a', 'Ünïcode', '星空');
    const part = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(fc.property(part, part, (head, tail) => {
      const expected = words(tail) <= 5 ? tail : words(head) <= 5 ? head : null;
      expect(splitTitle(`${head} - ${tail}`).site).toBe(expected);
    }));
  });
});
