import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../src/fields/byline.js';
import { RELATIVE_PIECES, RELATIVE_WORD, findDateMentions } from '../../src/fields/dates.js';

// A pre-check may skip a text only when the full reader could not accept it.
describe('the relative-date pre-check', () => {
  it('no character matches a letter of the pieces under /iu that does not under /i (which folds ASCII only)', () => {
    const letters = [...new Set('agoterdaytnowvorilyahace'.replace(/ /g, ''))];
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const l of letters) if (new RegExp(l, 'iu').test(ch) !== new RegExp(l, 'i').test(ch)) wrong.push(`${c.toString(16)}~${l}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never rejects a text the relative-date pattern accepts', () => {
    const word = fc.constantFrom('3 hours ago', 'AGO', 'Yesterday', 'YESTERDAY', 'just now', 'Just Now', 'vor 3 Minuten', 'VOR', 'il y a 2 jours', 'IL Y A', 'hace 5 días', 'HACE', 'ſ', 'K', 'İ', 'ago.', 'saga', 'a', ' ', 'x');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.array(word, { maxLength: 8 }).map((w) => w.join('')));
    fc.assert(fc.property(text, (t) => !RELATIVE_WORD.test(t) || RELATIVE_PIECES.test(t)));
  });

  it('lets relative dates through to the reader', () => {
    expect(findDateMentions('Updated 3 HOURS AGO').map((m) => m.how)).toEqual(['relative']);
    expect(findDateMentions('Yesterday').map((m) => m.how)).toEqual(['relative']);
  });
});

describe('the byline reader\'s line scan', () => {
  // One scan stands for three tests: a line break, `split(/\s+/u).length > n`, and a separator.
  it('rejects exactly the lines with a break or too many words, and reads words and separators as the tests did', () => {
    const piece = fc.constantFrom('By', 'Jane', 'Doe', ',', '|', '•', '·', '–', '—', '/', '-', ' ', '  ', '\n', '\t', '\u00a0', 'é', '星', 'x');
    const line = fc.oneof(fc.string({ unit: 'binary' }), fc.array(piece, { maxLength: 40 }).map((p) => p.join('')));
    fc.assert(fc.property(line, fc.integer({ min: 1, max: 30 }), (l, n) => {
      const words = l.split(/\s+/u).length;
      const shape = shapeOf(l, n);
      if (l.includes('\n') || words > n) return shape === null;
      return shape !== null && shape.words === words && shape.separator === /[,|•·–—/-]/u.test(l);
    }));
  });
});
