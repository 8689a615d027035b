// The cheap pre-checks of the field readers: each must pass every input its pattern or parser
// could accept, so that it changes no answer. Checked against the full readers they guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WHOLE_LINE } from '../../src/fields/credit.js';
import { AGENCY_ALIAS_WORDS } from '../../src/fields/vocab/agencies.js';
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
    const source = String.raw`(?<![\p{L}\d.])(\d{1,2})(?:st|nd|rd|th|\.|º)?\s*(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(?![\d])`;
    const global = new RegExp(source, 'giu');
    const sticky = new RegExp(source, 'iuy');
    expect(matchesAt(sticky, /\d/g, 'on 3rd May 2024 and 12 de mayo de 2023').map((m) => m[0])).toEqual(['3rd May 2024', '12 de mayo de 2023']);
    const piece = fc.oneof(
      fc.constantFrom('1', '12', '123', '2024', '19', '3rd', '1ST', '2nD', '4ſt', 'º', '.', ',', ' ', '  ', '\n', 'de ', 'DE ', 'May', 'novembre', 'Déc', 'мая', '五月', 'x', 'ab'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const want = matchesOf(global, text).map((m) => [m.index, ...m]);
        expect(matchesAt(sticky, /\d/g, text).map((m) => [m.index, ...m])).toEqual(want);
      }),
    );
  });
});
