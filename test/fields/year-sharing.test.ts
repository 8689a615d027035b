// A reference year only completes dates written without one ("June 3"): a line whose reading meets
// no yearless date reads the same under every year (the page's year is passed to the head pass and
// the date finder, not to the headline picker, and both must see the same lines alike).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions, matchDateline, type DateMention } from '../../src/fields/index.js';

const isYearless = (m: DateMention): boolean => m.how === 'month-day';

const piece = fc.constantFrom(
  'TOKYO', 'LONDON,', '(AP)', '(Reuters)', '—', '-', 'Published', 'Updated:', 'June 3', 'Feb 30', 'Nov. 19', 'May 5', 'may 5',
  '3 June', '19 November 2019', '2019-11-19', '11/19/2019', '3 hours ago', '30 minutes ago', 'yesterday', '10:31 pm', 'EST',
  'Tuesday,', 'said', 'the', 'Officials said on Monday that talks would resume.', ',', ' ', '2019', '5',
);
const line = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(' ').trim());
const years = [2019, 2024, 1985];

describe('readings without a yearless date hold for every year', () => {
  it('date mentions', () => {
    let shared = 0;
    let yearless = 0;
    fc.assert(
      fc.property(line, (text) => {
        const base = findDateMentions(text);
        if (base.some(isYearless)) return void yearless++;
        shared++;
        for (const year of years) expect(findDateMentions(text, { year }), `${text} (${year})`).toEqual(base);
      }),
      { numRuns: 3000 },
    );
    expect(shared).toBeGreaterThan(500);
    expect(yearless).toBeGreaterThan(100);
  });

  it('datelines', () => {
    let shared = 0;
    let matched = 0;
    fc.assert(
      fc.property(line, (text) => {
        // A dateline's date is read from the line or from a piece of it, so a line holding no
        // yearless date anywhere holds none in its pieces either.
        if (findDateMentions(text).some(isYearless)) return;
        const base = matchDateline(text);
        shared++;
        if (base) matched++;
        for (const year of years) expect(matchDateline(text, { year }), `${text} (${year})`).toEqual(base);
      }),
      { numRuns: 3000 },
    );
    expect(shared).toBeGreaterThan(500);
    expect(matched).toBeGreaterThan(50);
  });

  it('a yearless date does change with the year', () => {
    expect(findDateMentions('June 3', { year: 2019 })[0]?.date).toBe('2019-06-03');
    expect(findDateMentions('Feb 30 minutes ago', { year: 2019 }).map((m) => m.how)).toEqual(['relative']);
    expect(matchDateline('June 3')?.dateline.date).toBeNull();
    expect(matchDateline('June 3', { year: 2019 })?.dateline.date).toBe('2019-06-03');
  });
});
