import { describe, expect, it } from 'vitest';
import { headingShaped, wordCountOf } from '../../src/fields/shape.js';
import { NOT_HEADLINE_PATTERNS } from '../../src/fields/vocab/headlines.js';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

describe('wordCountOf', () => {
  // The fast loop hands a text to the script-aware count only when a character of the blocks that
  // hold the unspaced scripts appears: every character of those scripts must be caught.
  it('counts two characters of an unspaced script as one word, for every such character of the BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (UNSPACED.test(ch) && wordCountOf(ch.repeat(4)) !== 2) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts astral ideographs the same way', () => {
    expect(wordCountOf('𠀀𠀁𠀂𠀃')).toBe(2);
  });

  it('counts spaced words around typographic quotes and dashes as words', () => {
    expect(wordCountOf('“Quoted” words — and a dash…')).toBe(5);
    expect(wordCountOf('東京で会議 meeting in Tokyo')).toBe(2 + 3);
  });
});

describe('headingShaped', () => {
  // headingShaped joins the furniture patterns into one /i alternation: that reads them the same
  // only while each has exactly that flag.
  it('reads every furniture pattern with the /i flag it was written with', () => {
    expect(NOT_HEADLINE_PATTERNS.map((p) => p.flags).filter((f) => f !== 'i')).toEqual([]);
  });

  it('turns down furniture lines and keeps headlines', () => {
    expect(['Skip to main content now', 'Most Read Stories Today', 'We use cookies on this site', 'Share this on Facebook'].filter(headingShaped)).toEqual([]);
    expect(headingShaped('Officials Say Talks Will Resume Next Week')).toBe(true);
  });

  it('turns down a line ending in a full stop or a comma, ideographic ones included', () => {
    expect(['Officials said talks will resume.', '星空传媒集团今天宣布推出新节目。', '東京都の天気は晴れです、', 'Officials said talks will resume,'].filter(headingShaped)).toEqual([]);
    expect(headingShaped('星空传媒集团今天宣布推出新节目')).toBe(true);
  });
});
