/**
 * The fast detector (src/fields/language-eld*.ts) against eld itself, loaded as the oracle from its
 * own source: for every input, the same `language` and the same `isReliable()`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { benchmarkDir, benchmarkPages, missingData, mojibakeDir, textDumps } from '../../eval/datasets.js';
import { detectLanguage, eldSources, eldTables, languageSample, malayOrIndonesian } from '../../src/fields/language.js';
import { eldDetect } from '../../src/fields/language-eld.js';
import { packTables, unpackTables } from '../../src/fields/language-eld-pack.js';
import { flattenTables, indexTables } from '../../src/fields/language-eld-tables.js';
import { BYTES, WORD_ENDS, encodeDirect, encodeExact } from '../../src/fields/language-eld-text.js';
import { cleanSentence, codeUnitString } from '../reliability/arbitraries.js';

interface Answer {
  language: string;
  reliable: boolean;
}

function oracle(text: string): Answer {
  const result = eld.detect(text);
  return { language: result.language, reliable: result.isReliable() };
}

/** The texts where the fast detector and eld disagree, with both answers (empty when they all agree). */
function disagreements(texts: string[]): { text: string; eld: Answer; fast: Answer }[] {
  const tables = eldTables();
  const out: { text: string; eld: Answer; fast: Answer }[] = [];
  for (const text of texts) {
    const fast = eldDetect(text, tables);
    const expected = oracle(text);
    if (fast.language !== expected.language || fast.reliable !== expected.reliable) out.push({ text, eld: expected, fast });
  }
  return out;
}

/** Each text, its language sample, and cuts around eld's limits (1,000 characters; 350 and 380 bytes). */
function withCuts(texts: string[]): string[] {
  return texts.flatMap((t) => [t, languageSample(t), t.slice(0, 1001), t.slice(0, 999), t.slice(0, 360), t.slice(0, 130), t.slice(7, 400)]);
}

const benchmarkMissing = missingData(join(benchmarkDir(), 'text-dumps', 'html-text.json'));
const devCases = join(mojibakeDir(), 'dev-cases.jsonl');
const devMissing = missingData(devCases);

describe('the fast eld detector answers as eld does', () => {
  it('on hand-picked edge cases: apostrophes, final sigma, dotted İ, long words, surrogates, cut-offs', () => {
    const cases = [
      '',
      'a',
      "don't won’t rock`n`roll 'quoted' ‘single’ l'homme d’État aujourd'hui",
      "'' ’’ `` ' ’ ` word' 'word ’word’",
      'ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ. Ο ΠΡΟΕΔΡΟΣ ΤΗΣ ΔΗΜΟΚΡΑΤΙΑΣ ΕΙΠΕ ΟΤΙ Η ΧΩΡΑ ΘΑ ΣΥΝΕΧΙΣΕΙ ΤΙΣ ΜΕΤΑΡΡΥΘΜΙΣΕΙΣ',
      'İSTANBUL BÜYÜKŞEHİR BELEDİYESİ İLE İLGİLİ HABERLER İÇİN TIKLAYIN. İki ilçe İçişleri',
      '中华人民共和国国务院新闻办公室今天上午举行新闻发布会介绍国民经济运行情况国家统计局新闻发言人表示今年以来我国经济持续恢复向好'.repeat(3),
      'กรุงเทพมหานครเป็นเมืองหลวงและนครที่มีประชากรมากที่สุดของประเทศไทย'.repeat(4),
      '\ud83d\ude00 emoji 🎉 \ud800 lone \udc00 surrogates \ud800',
      'word '.repeat(300),
      'x'.repeat(2000),
      'été '.repeat(120) + 'the end of the text',
      'ab'.repeat(200) + ' cd',
      // Every alignment of words against the 350- and 380-byte cut-offs, after a leading separator that trim drops.
      ...Array.from({ length: 16 }, (_, k) => `— ${'x'.repeat(k)}${' abcde ñ'.repeat(60)}`),
      ...Array.from({ length: 16 }, (_, k) => `'${'é'.repeat(k)}${" l'été"}${'x'.repeat(400)}`),
    ];
    expect(disagreements(cases)).toEqual([]);
  });

  it.skipIf(devMissing !== null)(`on the clean texts of the mojibake dev set, in many scripts${devMissing ? ` (${devMissing})` : ''}`, () => {
    const texts = readFileSync(devCases, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { kind: string; damaged: string })
      .filter((c) => c.kind === 'clean' || c.kind === 'clean_upper')
      .map((c) => c.damaged);
    expect(texts.length).toBeGreaterThan(2000);
    const answers = new Set(texts.map((t) => oracle(t).language));
    expect(answers.size).toBeGreaterThan(40);
    expect(disagreements(withCuts(texts))).toEqual([]);
  });

  it.skipIf(benchmarkMissing !== null)(`on the benchmark's text dumps${benchmarkMissing ? ` (${benchmarkMissing})` : ''}`, () => {
    const dumps = textDumps();
    const texts = benchmarkPages().map((p) => dumps[p.id] ?? '');
    expect(texts.length).toBe(181);
    expect(disagreements(withCuts(texts))).toEqual([]);
    // detectLanguage keeps its definition: null below 40 letters, else eld's language where eld calls
    // it reliable (its Malay told from Indonesian by their own words).
    const detected = texts.map((text) => {
      const sample = languageSample(text);
      const expected = oracle(sample);
      const letters = sample.match(/\p{L}/gu)?.length ?? 0;
      const language = expected.language === 'ms' ? malayOrIndonesian(sample) : expected.language;
      return [detectLanguage(text), letters < 40 || !expected.reliable ? null : language];
    });
    expect(detected.filter(([got, want]) => got !== want)).toEqual([]);
    expect(detected.filter(([got]) => got !== null).length).toBeGreaterThan(150);
  });

  it('on random strings: mixed scripts, punctuation, apostrophes, special casings, surrogates', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: cleanSentence },
      { weight: 2, arbitrary: fc.constantFrom("'", '’', '`', "' ", " '", '’’', ' ', '  ', ', ', '—', '\n', '\t', '\u00a0', '.') },
      { weight: 2, arbitrary: fc.constantFrom('Σ', 'ΟΣ ', 'İ', 'I', 'ẞ', 'ǅ', 'ﬃ', 'ΐ', 'K', 'Ω', 'ß', 'Ꭰ', '𐐀', '𝐀') },
      { weight: 2, arbitrary: codeUnitString(12) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom('中华人民共和国国务院新闻办公室今天上午举行新闻发布会', 'ภาษาไทยเป็นภาษาราชการของประเทศไทย', 'ሰላም ኢትዮጵያ') },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(disagreements([text, text.slice(0, 1000), text.slice(1)])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the one-pass encoder', () => {
  /** The words BYTES and WORD_ENDS hold after an encoder ran, as arrays of byte values. */
  function words(encode: (text: string) => number, text: string): number[][] | null {
    const count = encode(text);
    if (count < 0) return null;
    return Array.from({ length: count }, (_, w) => [...BYTES.subarray(w ? WORD_ENDS[w - 1] : 0, WORD_ENDS[w])]);
  }

  it('writes the words the string path writes, and leaves letters with contextual lower cases to it', () => {
    const t = eldTables();
    expect(words((s) => encodeDirect(s, t), 'ΟΔΟΣ ΑΘΗΝΩΝ')).toBeNull();
    expect(words((s) => encodeDirect(s, t), 'İstanbul')).toBeNull();
    encodeDirect('Aa', t);
    expect(t.lower['A'.charCodeAt(0)]).toBe('a'.charCodeAt(0));
    // Every alignment of words against the 350- and 380-byte cut-offs, after separators that trim drops or not.
    for (let k = 0; k < 16; k++) {
      for (const text of [`— ${'x'.repeat(k)}${' abcde ñ'.repeat(60)}`, `'${'é'.repeat(k)}${" l'été"}${'x'.repeat(400)}`, `${'Ab'.repeat(k)}${' Ωmega’s'.repeat(60)}`]) {
        expect(words((s) => encodeDirect(s, t), text)).toEqual(words((s) => encodeExact(s, t), text));
      }
    }
    fc.assert(
      fc.property(fc.array(fc.oneof(cleanSentence, codeUnitString(20), fc.constantFrom("'", '’ ', ' `', 'Σ', 'İ', '—')), { maxLength: 50 }), (pieces) => {
        const text = pieces.join('');
        const direct = words((s) => encodeDirect(s, t), text);
        if (direct !== null) expect(direct).toEqual(words((s) => encodeExact(s, t), text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the tables built into a bundle', () => {
  it('are the tables read from eld, packed and unpacked', () => {
    const flat = flattenTables(eldSources());
    const unpacked = unpackTables(packTables(flat));
    expect(unpacked).toEqual(flat);
    expect(flat.gramLo.length).toBeGreaterThan(10_000);
    // The same answers from either.
    const text = 'Le conseil municipal a approuvé mardi le nouveau budget des transports.';
    expect(eldDetect(text, indexTables(unpacked))).toEqual(eldDetect(text, indexTables(flat)));
  });
});
