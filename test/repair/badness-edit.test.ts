import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badness, badnessAfterEdit } from '../../src/repair/badness.js';

/** Characters the badness patterns care about, with ASCII letters, spaces and line breaks between them. */
const CHARS = 'ab zA .,\n\t\u00c3\u00c2\u00a9\u20ac\u2122\u00e2\u201c\u00d0\u00d1\u0178\u00a2\u0413\u045e\u0412\u0402\u00a4\u00ca\u00c7\u00bf\u00d5\u0152\u00b0'.split('');
const text = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((x) => x.join(''));

describe('badnessAfterEdit', () => {
  it('equals the badness of the edited text, for any edit', () => {
    fc.assert(
      fc.property(text(200), fc.nat(200), fc.nat(12), text(10), (t, s0, len, rep) => {
        const start = Math.min(s0, t.length);
        const end = Math.min(t.length, start + len);
        const edited = t.slice(0, start) + rep + t.slice(end);
        expect(badnessAfterEdit(t, badness(t), edited, start, end)).toBe(badness(edited));
      }),
      { numRuns: 3000 },
    );
  });

  it('rescores only around the edit on a long line and still counts the matches far from it', () => {
    const far = 'caf\u00c3\u00a9 '.repeat(20);
    const line = `${far}word \u00c3\u00a9 here ${far}`;
    const at = line.indexOf('word') + 5;
    const edited = `${line.slice(0, at)}\u00e9${line.slice(at + 2)}`;
    expect(badness(line)).toBeGreaterThan(badness(edited));
    expect(badnessAfterEdit(line, badness(line), edited, at, at + 2)).toBe(badness(edited));
  });
});
