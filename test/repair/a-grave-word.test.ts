// wordSpaceKept: where "Ã " is read as "à" and its word space rather than "à" inside a word.
import { describe, expect, it } from 'vitest';
import { wordSpaceKept } from '../../src/repair/a-grave-word.js';
import { UTF8_MISREADS } from '../../src/repair/charsets.js';
import { applyPlan } from '../../src/repair/plan.js';

const cs = (short: string) => {
  const found = UTF8_MISREADS.find((c) => c.short === short);
  if (!found) throw new Error(short);
  return found;
};
const kept = (line: string, short = 'cp1252'): string[] =>
  [...wordSpaceKept(line, cs(short))].map((i) => line.slice(Math.max(0, i - 3), i + 4));

describe('wordSpaceKept', () => {
  it('keeps the word space before an elided article, whatever the apostrophe', () => {
    expect(kept('pensez Ã l’avenir')).toEqual(['ez Ã l’']);
    expect(kept("pensez Ã d'abord")).toEqual(["ez Ã d'"]);
    expect(kept('pensez Г dвЂ™abord', 'cp1251')).toEqual(['ez Г dв']);
  });

  it('does not take a word with an apostrophe inside for an elision', () => {
    expect(kept("HÃ Ã pe' kyek")).toEqual([]);
    expect(kept("wa Ã tak'e")).toEqual([]);
  });

  it('keeps a lone à after a lower-case word in an otherwise plain line, not after capitals or beside other accents', () => {
    expect(kept('Et voilÃ tout')).toEqual(['oilÃ to']);
    expect(kept('ET VOILÃ TOUT')).toEqual([]);
    expect(kept('Et voilÃ tout, Ã©tÃ©')).toEqual([]);
  });

  it('keeps standalone à seen twice, never inside a word and never with its own two spaces', () => {
    expect(kept('Ã partir de lundi, passer Ã autre chose')).toEqual(['Ã pa', 'er Ã au']);
    // one standalone à may be a word-initial one
    expect(kept('asilu in Ã teros logos')).toEqual([]);
    // an à inside a word in the same line
    expect(kept('Ã partir de lÃ nd, passer Ã autre chose')).toEqual([]);
    // another à kept both its spaces: the line's spaces were not merged
    expect(kept('Ã partir de lÃ  et passer Ã autre chose')).toEqual([]);
  });

  it('leaves Portuguese às, àquele and àquilo joined, and capitals alone', () => {
    expect(kept('Ã s vezes, Ã quele dia')).toEqual([]);
    expect(kept('NO Ã HA TOTIHI THË Ã WËYËI')).toEqual([]);
  });
});

describe('restore-a-grave-word', () => {
  it('replays "Ã " as "à" and the space', () => {
    const plan = [{ encode: 'sloppy-windows-1252' }, { transcode: 'restore-a-grave-word' }, { decode: 'utf-8' }];
    expect(applyPlan('Ã ', plan)).toBe('à ');
    expect(applyPlan('Ã©tÃ Ã ', plan)).toBe('étà à ');
  });
});
