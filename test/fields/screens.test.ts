// The cheap pre-checks of the field readers: each must pass every input its pattern or parser
// could accept, so that it changes no answer. Checked against the full readers they guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPENER, OPENER_FIRST } from '../../src/fields/byline.js';
import { REPUBLISHED, WHOLE_LINE, mayRepublish } from '../../src/fields/credit.js';
import { AGENCY_DATELINE, TITLE_PLACE_DATELINE } from '../../src/fields/dateline.js';
import { DAY_MONTH_YEAR, DIGITS, MONTH_DAY, MONTH_DAY_YEAR } from '../../src/fields/dates.js';
import { holdsMonthWord, mayBeMonthLetter } from '../../src/fields/month-words.js';
import { foldKey, monthNumber } from '../../src/fields/vocab/months.js';
import { AGENCIES, AGENCY_ALIAS_WORDS, agencyFor } from '../../src/fields/vocab/agencies.js';
import { COMMENT_SIGNATURE, isCommentSignature } from '../../src/rules/offtopic.js';
import { matchesAt, matchesOf } from '../../src/fields/matches.js';

describe('credit: the characters a whole-line pattern opens with', () => {
  const samples = [
    '• Reuters', '— The Associated Press', '-AFP', '(AP)', '( Reuters ).', 'Source: AFP', 'Quelle: dpa', 'Fuente: EFE',
    'Fonte: Reuters', 'SOURCE: Reuters', 'With files from The Canadian Press', '- With files from Reuters',
    '(With files from Reuters)', 'Additional reporting by Reuters', 'Includes material from AP', 'Copyright 2024 Reuters',
    '© 2024 Reuters', '(c) 2024 The Associated Press. All rights reserved.', 'The Associated Press contributed to this report.',
    ...AGENCY_ALIAS_WORDS.flatMap((a) => [a, `${a}.`, `The ${a}`, `the ${a}`, `${a} contributed to this story.`]),
  ];
  it('every first character that lets a sample match is among `opens`', () => {
    let tried = 0;
    for (const { pattern, opens } of WHOLE_LINE) {
      for (const sample of samples.filter((s) => pattern.test(s))) {
        const rest = sample.slice(1);
        for (let c = 0; c < 0x10000; c++) {
          if (c >= 0xd800 && c <= 0xdfff) continue;
          const first = String.fromCharCode(c);
          if (pattern.test(first + rest)) {
            tried++;
            expect(opens, `${pattern.source.slice(0, 40)}… opens "${first + rest}"`).toContain(first);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(samples.length);
  });
});

describe('credit: the gate before a whole-line pattern', () => {
  it('passes every sample the pattern matches, and every arbitrary line it matches', () => {
    const gated = WHOLE_LINE.filter((e) => e.gate);
    expect(gated.length).toBeGreaterThanOrEqual(4);
    const samples = ['Source: AFP', 'SOURCE: Reuters', 'ſource: dpa', 'With files from The Canadian Press', '- With files from Reuters', '(With files from Reuters)',
      'Additional reporting by Reuters', 'Includes material from AP', 'Copyright 2024 Reuters', '© 2024 Reuters', '(c) 2024 The Associated Press. All rights reserved.',
      'The Associated Press contributed to this report.', 'Reuters staff contributed reporting to this story.'];
    let matched = 0;
    for (const { pattern, gate } of gated) {
      for (const sample of samples) if (pattern.test(sample)) {
        matched++;
        expect(gate!.test(sample), sample).toBe(true);
      }
      fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...samples), (noise, sample) => {
        for (const text of [noise, sample + noise, noise + sample]) if (pattern.test(text)) expect(gate!.test(text), text).toBe(true);
      }), { numRuns: 300 });
    }
    expect(matched).toBeGreaterThanOrEqual(samples.length);
  });
});

describe('credit: the characters a republication credit opens with', () => {
  it('every first character that lets a sample match passes `mayRepublish`', () => {
    const samples = ['This article was originally published on The Conversation.', 'The story first appeared in Grist.', 'Originally published at example.com', 'First published by The Texas Tribune'];
    let tried = 0;
    for (const sample of samples) {
      expect(REPUBLISHED.test(sample), sample).toBe(true);
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const text = String.fromCharCode(c) + sample.slice(1);
        if (!REPUBLISHED.test(text)) continue;
        tried++;
        expect(mayRepublish(c), text).toBe(true);
      }
    }
    expect(tried).toBeGreaterThanOrEqual(2 * samples.length);
  });
});

describe('comment signature: the pre-check before COMMENT_SIGNATURE', () => {
  it('passes every text the pattern matches', () => {
    // The pattern's vocabulary in the cases /iu folds together ("ſ" is a long s), with random text between.
    const piece = fc.oneof(
      fc.constantFrom('says', 'said', 'wrote', 'writes', 'commented', 'SAYS', 'Said', 'WROTE', 'WriteS', 'CommenteD', 'ſays', 'saiD', 'wrotE'),
      fc.constantFrom(' ', ':', '\t', '\n', '.', '3', '12', ' ago', ' at ', '7:52', ' am', ' pm', 'AM', 'minutes', 'hour', 'days', 'hrs', 'Jane Doe'),
      fc.string({ maxLength: 4 }),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (!COMMENT_SIGNATURE.test(text)) return;
        matched++;
        expect(isCommentSignature(text), text).toBe(true);
      }),
      { numRuns: 20000 },
    );
    for (const text of ['Jane Doe says:', 'jane wrote', 'J. SAID:', 'Bob writeſ', 'Ann commented:', '3 hours ago', '2 days ago at 07:52 am', '10 mins ago']) {
      expect(COMMENT_SIGNATURE.test(text), text).toBe(true);
      expect(isCommentSignature(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('matchesAt: a sticky pattern tried where `starts` matches', () => {
  it('finds what the global search of the same pattern finds, on date-like text', () => {
    const global = new RegExp(DAY_MONTH_YEAR.source, 'giu');
    const sticky = DAY_MONTH_YEAR;
    expect(matchesAt(sticky, DIGITS, 'on 3rd May 2024 and 12 de mayo de 2023').map((m) => m[0])).toEqual(['3rd May 2024', '12 de mayo de 2023']);
    const piece = fc.oneof(
      fc.constantFrom('1', '12', '123', '2024', '19', '3rd', '1ST', '2nD', '4ſt', 'º', '.', ',', ' ', '  ', '\n', 'de ', 'DE ', 'May', 'novembre', 'Déc', 'мая', '五月', 'x', 'ab'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const want = matchesOf(global, text).map((m) => [m.index, ...m]);
        expect(matchesAt(sticky, DIGITS, text).map((m) => [m.index, ...m])).toEqual(want);
      }),
    );
  });
});

describe('dates: the month-word pre-check before the month-name patterns', () => {
  // Month names in several languages and cases (accents composed and decomposed, a trailing dot),
  // words that only look like them, the characters /iu folds to letters, digits and separators.
  const word = fc.oneof(
    fc.constantFrom('Nov', 'NOV.', 'november', 'Sept.', 'may', 'MAY', 'Mai', 'März', 'Ma\u0308rz', 'Févr.', 'fe\u0301vrier', 'août', 'dic', 'setiembre', 'Okt', 'juin', 'Maart'),
    fc.constantFrom('said', 'Rs', 'Image', 'of', 'Xmay', 'Junes', 'Novembers', 'de', 'Tuesday', 'Updated', 'marché'),
  );
  const odd = fc.constantFrom('\u0345', 'ſ', 'K', 'é', '’', '—', '星', '1', '.', 'Я', 'º', '×', 'Å', 'ș');
  const space = fc.constantFrom(' ', ', ', ' de ', '\n', '.', '-', '/', '');
  const number = fc.constantFrom('3', '19', '2019', '1st', '22nd', '5º', '10:31 pm', '3, 2019');
  // A word beside a number, with odd characters glued on either side, or random text.
  const piece = fc.oneof(
    fc.tuple(fc.option(odd), word, fc.option(odd), space, number).map((p) => p.map((x) => x ?? '').join('')),
    fc.tuple(number, space, fc.option(odd), word, space, number).map((p) => p.map((x) => x ?? '').join('')),
    space,
    fc.string({ maxLength: 3 }),
  );
  // DAY_MONTH_YEAR is sticky (read from each digit): searched here as the global pattern it stands for.
  const patterns = [[MONTH_DAY_YEAR, 1], [MONTH_DAY, 1], [new RegExp(DAY_MONTH_YEAR.source, 'giu'), 2]] as const;
  it('passes every text in which a pattern captures a month name', () => {
    let named = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        const month = patterns.some(([re, group]) => matchesOf(re, text).some((m) => monthNumber(m[group]!) !== null));
        if (!month) return;
        named++;
        expect(holdsMonthWord(text), text).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(named).toBeGreaterThan(500);
  });
  it('passes every text in which a match outside the given spans captures a month name', () => {
    let named = 0;
    const spans = fc.array(fc.tuple(fc.nat(40), fc.nat(12)).map(([start, n]) => ({ start, end: start + n })), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), spans, (parts, outside) => {
        const text = parts.join('');
        const clear = (m: RegExpExecArray): boolean => !outside.some((s) => m.index < s.end && m.index + m[0].length > s.start);
        const month = patterns.some(([re, group]) => matchesOf(re, text).some((m) => clear(m) && monthNumber(m[group]!) !== null));
        if (!month) return;
        named++;
        expect(holdsMonthWord(text, outside), `${text} ${JSON.stringify(outside)}`).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(named).toBeGreaterThan(500);
    expect(holdsMonthWord('Nov 19, 2019 and June 3', [{ start: 0, end: 12 }])).toBe(true);
    expect(holdsMonthWord('Nov 19, 2019 8:03 am', [{ start: 0, end: 12 }])).toBe(false);
  });
  it('looks at every letter that folds to ASCII letters or to nothing, and every letter of a month key (all code points)', () => {
    const LETTER = /^\p{L}$/iu; // the patterns' letter class
    // The letters of the month names in other scripts, in either case, as the patterns meet them.
    const keyLetters = new Set([...'январьфевралмтпеийюнлсгуоябдкчвзщ', ...'січнялютогоберезнквітнятравнячервнялипнясерпнявереснязжовтнялистопадагрудня'].flatMap((ch) => [ch, ch.toUpperCase()]));
    let folding = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (!LETTER.test(s) || !(/^[a-z]*$/.test(foldKey(s)) || keyLetters.has(s))) continue;
      folding++;
      expect(c <= 0xffff && mayBeMonthLetter(c), `U+${c.toString(16)}`).toBe(true);
    }
    expect(folding).toBeGreaterThan(500);
  });
  it('finds the month in ordinary date lines, and none where there is none', () => {
    for (const text of ['Nov. 19, 2019 8:03 am ET', '19 März 2019', '5 de junio de 2019', 'Updated: 3 févr. 2024', '1ſtMarch 2019', '22ndNov 2019', '5ºjunio 2019', 'Я—Jan 3', 'Fórmula März 3', '3 июня 2024', '3 czerwca 2024', '3. června 2024', '3 Haziran 2024'])
      expect(holdsMonthWord(text), text).toBe(true);
    for (const text of ['Image 1 of 23', 'Москва 2019', 'Rs 300', 'Election 2020', 'Junes 3', 'Updated: 3 fe\\u0301vr. 2024', 'Tuesday 5:50 PM', ''])
      expect(holdsMonthWord(text), text).toBe(false);
  });
});

describe('dateline: the parenthesis pre-checks before the agency patterns', () => {
  const place = fc.constantFrom('Tokyo', 'New York', 'Rio-De', 'TOKYO', 'ST. LOUIS', '');
  const region = fc.constantFrom('', ', Ohio', ', N.Y.', ',Calif.');
  const date = fc.constantFrom('', ', June 3', ', Nov. 19, 2019', ', 3 June');
  const agency = fc.constantFrom('(AP)', '( AP )', '(Reuters)', '(AFP)', 'AP)', '(Reuters', '');
  const dash = fc.constantFrom(' -', ' --', ' – ', '—', '―', ' ', '');
  const rest = fc.constantFrom('', ' The officials said.', 'x', ' (');
  const line = fc.tuple(place, region, date, fc.constantFrom('', ' ', '  '), agency, dash, rest).map((p) => p.join(''));
  it('pass every text a pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: 12 })), (text) => {
        if (TITLE_PLACE_DATELINE.test(text)) {
          matched++;
          expect(text.includes('('), text).toBe(true);
        }
        if (AGENCY_DATELINE.test(text)) {
          matched++;
          expect(text.startsWith('('), text).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});

describe('agencies: the length bound before an alias key is built', () => {
  it('passes every name and alias however it is spaced, cased or led by "The"', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n ', '\u3000');
    let tried = 0;
    for (const agency of AGENCIES) {
      for (const alias of [agency.name, ...agency.aliases, ...agency.creditOnly]) {
        fc.assert(
          fc.property(space, space, space, fc.boolean(), fc.boolean(), (a, b, c, the, upper) => {
            const spaced = alias.split(' ').join(b + b);
            const written = `${a}${the ? `The${c}` : ''}${upper ? spaced.toUpperCase() : spaced}${c}`;
            tried++;
            expect(agencyFor(written)?.name, JSON.stringify(written)).toBe(agency.name);
          }),
          { numRuns: 40 },
        );
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(agencyFor('Reuters reported that the talks would resume on Monday')).toBeNull();
  });
});

describe('byline: the first characters the opener pattern can match', () => {
  it('every first character that lets an opener match is in OPENER_FIRST', () => {
    const samples = ['By Jane Doe', 'by: Jane', 'Posted by Jane', 'Written by Jane', 'Words by Jane', 'Story by Jane', 'Reporting by Jane', 'Von Jane', 'Par Jane', 'Por Jane', 'Di Jane', 'Door Jane', 'De Jane'];
    let tried = 0;
    for (const sample of samples) {
      expect(OPENER.test(sample), sample).toBe(true);
      const rest = sample.slice(1);
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const first = String.fromCharCode(c);
        if (!OPENER.test(first + rest)) continue;
        tried++;
        expect(OPENER_FIRST.has(first), `"${first + rest}"`).toBe(true);
      }
    }
    expect(tried).toBeGreaterThanOrEqual(samples.length * 2);
  });
});
