// The date and dateline readers read a line once without a year and share that reading with every
// reference year when it met no yearless date ("June 3"): the year must then change nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/fields/dateline.js';
import { isYearless, readMentions } from '../../src/fields/dates.js';

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
        const base = readMentions(text, {});
        if (base.some(isYearless)) return void yearless++;
        shared++;
        for (const year of years) expect(readMentions(text, { year }), `${text} (${year})`).toEqual(base);
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
        const base = readDateline(text, {});
        if (base.yearless) return;
        shared++;
        if (base.match) matched++;
        for (const year of years) expect(readDateline(text, { year }).match, `${text} (${year})`).toEqual(base.match);
      }),
      { numRuns: 3000 },
    );
    expect(shared).toBeGreaterThan(500);
    expect(matched).toBeGreaterThan(50);
  });

  it('a yearless date does change with the year', () => {
    expect(readMentions('June 3', { year: 2019 })[0]?.date).toBe('2019-06-03');
    expect(readMentions('Feb 30 minutes ago', { year: 2019 }).map((m) => m.how)).toEqual(['relative']);
    expect(readDateline('June 3', {}).yearless).toBe(true);
    expect(readDateline('June 3', { year: 2019 }).match?.dateline.date).toBe('2019-06-03');
  });
});
