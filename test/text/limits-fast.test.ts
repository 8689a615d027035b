// The entry's fast paths return the input itself only when nothing is past a limit or damaged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capLines, removeDamagedUnits, sniffBinaryString } from '../../src/limits-content.js';
import type { Note } from '../../src/types.js';

const piece = fc.constantFrom('a', 'word ', 'x'.repeat(9), '\n', '\r\n', '\r', '\n\n', '\0', '\uD83D\uDE00', '\uD83D', '\uDE00', '\x01', 'é');
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

describe('limits fast paths', () => {
  it('capLines leaves text unchanged exactly when no line is too long and there are not too many', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean(), (t, maxLines, maxLen, lines, lineLength) => {
        const all = t.split(/\r\n|\r|\n/);
        const within = (!lines || all.length <= maxLines) && (!lineLength || all.every((l) => l.length <= maxLen));
        const notes: Note[] = [];
        const out = capLines(t, maxLines, maxLen, notes, { lines, lineLength });
        expect(out === t).toBe(within);
        expect(notes.length === 0).toBe(within);
      }),
      { numRuns: 3000 },
    );
  });

  it('removeDamagedUnits leaves text without NUL or lone surrogates unchanged, and removes them all', () => {
    const damaged = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    fc.assert(
      fc.property(text, (t) => {
        const notes: Note[] = [];
        const out = removeDamagedUnits(t, notes);
        expect(damaged.test(out)).toBe(false);
        expect(out === t).toBe(!damaged.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('sniffBinaryString still refuses control-heavy text and signatures, and passes plain text', () => {
    expect(sniffBinaryString('An ordinary line of text.\nAnother one.')).toBeNull();
    expect(sniffBinaryString('%PDF-1.7 the rest')?.kind).toBe('PDF document');
    expect(sniffBinaryString('\x01\x02\x03\x04 text')?.kind).toBe('control bytes');
  });
});
