import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opensCopyright } from '../../src/revise/core.js';
import { COPYRIGHT_LINE } from '../../src/rules/offtopic.js';

// findEnd tries the copyright pattern only on blocks that open as it can: the pre-check must never
// pass over a line the pattern accepts.
describe('the copyright-line pre-check', () => {
  it('passes every first character the pattern can open with (each character of the BMP)', () => {
    // The pattern opens with one of these three words, case-insensitive (/iu): their first characters.
    expect(COPYRIGHT_LINE.source.startsWith('^(?:copyright|©|\\(c\\))')).toBe(true);
    expect(COPYRIGHT_LINE.flags).toBe('iu');
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (/^(?:c|©|\()/iu.test(ch) !== opensCopyright(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('never rejects a line the pattern accepts', () => {
    const piece = fc.constantFrom('Copyright', 'COPYRIGHT', 'copyright', '©', '(c)', '(C)', ' ', '2019', '2024 ', 'Reuters', 'All rights reserved', 'all rights reserved.', 'ſ', 'K', 'x');
    const line = fc.oneof(fc.string({ unit: 'binary' }), fc.array(piece, { maxLength: 8 }).map((p) => p.join('')));
    fc.assert(fc.property(line, (l) => !COPYRIGHT_LINE.test(l) || opensCopyright(l)));
  });
});
