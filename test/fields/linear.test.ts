// The linear-time helpers that replaced quadratic regexes: same answers as the regexes they
// replace. And the readers keep no state between calls (a global regex's lastIndex, say): asking
// again, in another order, gives the same answers.
import { describe, expect, it } from 'vitest';
import { trimEndOf, trimStartOf } from '../../src/fields/trim.js';
import { matchesOf } from '../../src/fields/matches.js';
import { findDateMentions, matchByline, matchDateline } from '../../src/fields/index.js';

describe('trimEndOf / trimStartOf', () => {
  const cases = ['Jane Doe,;|', 'Reuters. . ', ',,,', '', 'a', '  x  ', '😀x😀', '—Jane—', 'x\u0000,,,,'];
  it('equal the regex trims they replace', () => {
    for (const s of cases) {
      expect(trimEndOf(s, /^[,;|]$/u)).toBe(s.replace(/[,;|]+$/u, ''));
      expect(trimEndOf(s, /^[.\s]$/u)).toBe(s.replace(/[.\s]+$/u, ''));
      const nonWord = /^[^\p{L}\p{N}]$/u;
      expect(trimEndOf(trimStartOf(s, nonWord), nonWord)).toBe(s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    }
  });
  it('keeps a surrogate pair whole', () => {
    expect(trimEndOf('x😀', /^[^\p{L}\p{N}]$/u)).toBe('x');
    expect(trimStartOf('😀x', /^[^\p{L}\p{N}]$/u)).toBe('x');
    expect(trimEndOf('x😀', /^[,]$/u)).toBe('x😀');
  });
  it('handles the checker\'s attack input (a long run that does not reach the end)', () => {
    const attack = ','.repeat(200_000) + '\u0000,';
    expect(trimEndOf(attack, /^[,;|]$/u)).toBe(','.repeat(200_000) + '\u0000');
  });
});

describe('matchesOf', () => {
  it('finds what matchAll finds and leaves lastIndex at 0', () => {
    const re = /\d+/g;
    const text = 'on 19 Nov 2019 at 10:31';
    expect(matchesOf(re, text).map((m) => [m[0], m.index])).toEqual([...text.matchAll(/\d+/g)].map((m) => [m[0], m.index]));
    expect(re.lastIndex).toBe(0);
  });
});

describe('readers asked again', () => {
  it('give the same answers when asked again, with and without a year', () => {
    const lines = ['Nov 19', 'Updated: Nov 19, 2019 10:31 pm CST', 'The council met on Tuesday.', 'By Jane Doe, Associated Press', 'TOKYO (AP) — Officials said the plan would go ahead next year.'];
    for (const line of lines) {
      const first = [findDateMentions(line), findDateMentions(line, { year: 2019 }), matchDateline(line), matchDateline(line, { year: 2019 }), matchByline(line)];
      const again = [findDateMentions(line, { year: 2019 }), findDateMentions(line), matchDateline(line, { year: 2019 }), matchDateline(line), matchByline(line)];
      expect(again).toEqual([first[1], first[0], first[3], first[2], first[4]]);
    }
  });
  it('a yearless date is completed by the year after a miss on another text', () => {
    expect(findDateMentions('no date here 12')).toEqual([]);
    expect(findDateMentions('Nov 19', { year: 2019 })[0]?.date).toBe('2019-11-19');
    expect(findDateMentions('Nov 19')[0]?.date).toBeNull();
  });
  it('a remembered reading is given only for the same year (the dates read last are kept, see READ in dates.ts)', () => {
    for (const year of [2019, 2024, 2019, undefined, 2024]) {
      expect(findDateMentions('Updated Nov 19 at 10:31 pm', { year })[0]?.date).toBe(year ? `${year}-11-19` : null);
    }
  });
});
