/**
 * fixLegacyCjk: legacy CJK bytes (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR) that were read as Latin-1
 * or cp1252. A damaged span is a run of Latin-1/cp1252 high characters (with the ASCII bytes a
 * double-byte character may hold); its bytes are decoded in each CJK charset and the reading is
 * kept only when its structural plausibility is high and clearly above every other reading.
 */
import iconv from 'iconv-lite';
import { LATIN1, SLOPPY_CP1252, encodeSingleByte, type SingleByteCharset } from './charsets.js';
import { LEGACY_CJK, plausibility, type LegacyCharset } from './cjk-structure.js';
import { trimUnchanged } from './span.js';
import { decodeUtf8Strict } from './utf8-spans.js';
import type { LineFixer, SpanFix } from './types.js';

export const LEGACY_CJK_DEFAULTS = {
  /** The best reading's mean log-share per character must reach this (log 0.15)… */
  minScore: Math.log(0.15),
  /** …and its log-likelihood beat the next best reading's by this many nats (odds of e^3 ≈ 20:1). */
  minMargin: 3,
  /** A span must hold at least this many double-byte characters. */
  minChars: 2,
  /** Characters of one script the rest of the line needs before it counts as context… */
  minContextChars: 2,
  /** …and the nats of prior it then gives the readings in that script. */
  contextNats: 4,
  /** Printable ASCII runs longer than this split a span in two. */
  maxAsciiGap: 12,
  /**
   * A span of this many double-byte characters or fewer is weak evidence: two chance byte pairs
   * read as a common word. In a line whose clean text is in another non-Latin script (Cyrillic,
   * Greek…) it is left alone unless that text is in the reading's own script.
   */
  maxWeakChars: 2,
} as const;

const HIGH = `\\u0080-\\u00ff${[...SLOPPY_CP1252.decodeTable.slice(0x80, 0xa0)]
  .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('')}`;
const SPAN_RE = new RegExp(
  `[${HIGH}](?:[\\x20-\\x7e]{0,${LEGACY_CJK_DEFAULTS.maxAsciiGap}}[${HIGH}])*[\\x40-\\x7e]?`,
  'g',
);
const CP1252_ONLY = /[\u0100-\uffff]/;

const LABEL: Record<string, string> = {
  gbk: 'GBK',
  big5: 'Big5',
  sjis: 'Shift_JIS',
  eucjp: 'EUC-JP',
  euckr: 'EUC-KR',
  latin1: 'Latin-1',
  cp1252: 'cp1252',
};

interface Reading {
  cs: LegacyCharset;
  score: number;
  logLikelihood: number;
  chars: number;
  text: string;
}

export const fixLegacyCjk: LineFixer = (line, isEnabled, signals) => {
  const fixes: SpanFix[] = [];
  // Legacy CJK bytes read as Latin-1 put high characters together somewhere.
  if (!signals.latinHighPair) return fixes;
  let context: ScriptContext | null = null;
  const contextOf = (): ScriptContext => (context ??= scriptContext(line));
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(line); m !== null; m = SPAN_RE.exec(line)) {
    // A span ending in a letter that a Latin word carries on from is Latin text, not a trail byte.
    if (/[A-Za-z]/.test(m[0][m[0].length - 1]) && /[A-Za-z]/.test(line[m.index + m[0].length] ?? '')) continue;
    // A high character followed by a byte below 0x40 cannot open a double-byte character: it is
    // the line's own punctuation ("AP — ÄlÂ…"), not part of the damage. A first word glued to a
    // Latin word before the span whose high characters are UTF-8 read as cp1252 ("CafÃ©") is that
    // word's own damage, for the UTF-8 reading: the span starts after it.
    const head = NOT_A_LEAD_RE.exec(m[0])?.[0].length ?? latinWordHead(line, m.index, m[0]);
    if (head === m[0].length) continue;
    // Runs of cp1252 punctuation alone (“”’—…) are clean typography: damage shows Latin-1 letters.
    if ((m[0].match(/[\u0080-\u00ff]/g)?.length ?? 0) < 2) continue;
    // Latin words with a diacritic or two, between ordinary quotes ("«VÀ»"), are Latin text.
    if (readsAsLatinText(m[0].slice(head))) continue;
    const fix = fixSpan(m[0].slice(head, m[0].length - latinWordTail(m[0])), m.index + head, contextOf, isEnabled);
    if (fix) fixes.push(fix);
  }
  return fixes;
};

/** The span's first word and the spaces after it. */
const FIRST_WORD = /^\S+\s+/;

/**
 * How much of the span (from `at` in `line`) to leave out: its first word and the spaces after
 * it, when that word goes on from a Latin letter before the span and its characters are UTF-8
 * bytes shown in cp1252 ("CafÃ© ×îÐÂÏûÏ¢": "Ã©" is "é", of "Café"); else 0.
 */
function latinWordHead(line: string, at: number, span: string): number {
  if (at === 0 || !/[A-Za-z]/.test(line[at - 1]!)) return 0;
  const first = FIRST_WORD.exec(span);
  return first && readsAsUtf8(first[0].trimEnd()) ? first[0].length : 0;
}

const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * How much of the span's end to leave out: its last word and the spaces before it, when that word
 * opens with an ASCII letter and reads as UTF-8 shown in cp1252 ("×îÐÂÏûÏ¢ CafÃ©": "Café"); else 0.
 * (A walk back from the end, not a pattern: `\s+\S*$` would be quadratic on long runs.)
 */
function latinWordTail(span: string): number {
  let word = span.length;
  while (word > 0 && !isAsciiSpace(span.charCodeAt(word - 1))) word--;
  if (word === 0 || !/[A-Za-z]/.test(span[word]!)) return 0;
  let spaces = word;
  while (spaces > 0 && isAsciiSpace(span.charCodeAt(spaces - 1))) spaces--;
  return readsAsUtf8(span.slice(word)) ? span.length - spaces : 0;
}

/** The text's characters, as cp1252 bytes, are strict UTF-8 with something beyond ASCII in it. */
function readsAsUtf8(text: string): boolean {
  const bytes = encodeSingleByte(text, SLOPPY_CP1252);
  const decoded = bytes ? decodeUtf8Strict(bytes) : null;
  return decoded !== null && /[^\x00-\x7f]/.test(decoded);
}

/** Punctuation that clean Latin-script text puts beside its words. */
const LATIN_PUNCT = /[\u00a0\u00a1\u00ab\u00bb\u00bf\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026]/;
const LETTER_RUN = /\p{L}+/gu;
const HIGH_LETTER = /[^\x00-\x7f]/g;
/** A word shape real Latin text has: all capitals, all lower case, or one capital first. */
const LATIN_CASE = /^(?:\p{Lu}+|\p{Ll}+|\p{Lu}\p{Ll}+)$/u;

/**
 * Does the span read as Latin-script text? Every high character is either ordinary punctuation
 * or a letter of a word that has ASCII letters too, at most half accented, in a sensible case
 * shape. Legacy CJK bytes shown as Latin-1 make words of accented letters and symbols instead.
 */
function readsAsLatinText(span: string): boolean {
  let inWords = 0;
  LETTER_RUN.lastIndex = 0;
  for (let m = LETTER_RUN.exec(span); m !== null; m = LETTER_RUN.exec(span)) {
    const high = m[0].match(HIGH_LETTER)?.length ?? 0;
    if (!high) continue;
    if (high === m[0].length || high * 2 > m[0].length || !LATIN_CASE.test(m[0])) return false;
    inWords += high;
  }
  if (!inWords) return false;
  for (const ch of span) {
    if (ch <= '\u007f' || /\p{L}/u.test(ch)) continue;
    if (!LATIN_PUNCT.test(ch)) return false;
  }
  return true;
}

const NOT_A_LEAD_RE = new RegExp(`^(?:[${HIGH}][\\x20-\\x3f]+)+`);

/** What the clean part of the line is written in: the damage is most likely the same script. */
interface ScriptContext {
  hangul: number;
  kana: number;
  han: number;
  /** Letters of scripts other than Latin, Han, kana and Hangul (Cyrillic, Greek, Arabic…). */
  otherScript: number;
}

const OTHER_SCRIPT_LETTER =
  /(?![\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{L}/gu;

function scriptContext(line: string): ScriptContext {
  const count = (re: RegExp): number => line.match(re)?.length ?? 0;
  return {
    hangul: count(/[\uac00-\ud7a3]/g),
    kana: count(/[\u3041-\u30ff]/g),
    han: count(/[\u4e00-\u9fff]/g),
    otherScript: count(OTHER_SCRIPT_LETTER),
  };
}

/** Nats of prior a reading gets when its script is the one the rest of the line is written in. */
function contextPrior(cs: LegacyCharset, ctx: ScriptContext): number {
  const { minContextChars, contextNats } = LEGACY_CJK_DEFAULTS;
  if (ctx.hangul >= minContextChars) return cs.short === 'euckr' ? contextNats : 0;
  if (ctx.kana >= minContextChars) return cs.expectsKana ? contextNats : 0;
  if (ctx.han >= minContextChars) return cs.short === 'gbk' || cs.short === 'big5' ? contextNats : 0;
  return 0;
}

function fixSpan(
  span: string,
  at: number,
  contextOf: () => ScriptContext,
  isEnabled: (ruleId: string) => boolean,
): SpanFix | null {
  const misread: SingleByteCharset = CP1252_ONLY.test(span) ? SLOPPY_CP1252 : LATIN1;
  const bytes = encodeSingleByte(span, misread);
  if (!bytes) return null;
  const d = LEGACY_CJK_DEFAULTS;
  const readings: Reading[] = [];
  for (const cs of LEGACY_CJK) {
    const p = plausibility(bytes, cs);
    if (p) readings.push({ cs, ...p, text: '' });
  }
  // The best reading is kept only when it has the characters and the score; when no reading has
  // both, none can be, whichever the line's script favours, and the line's script is not read.
  if (!readings.some((r) => r.chars >= d.minChars && r.score >= d.minScore)) return null;
  const ctx = contextOf();
  for (const r of readings) r.logLikelihood += contextPrior(r.cs, ctx);
  readings.sort((a, b) => b.logLikelihood - a.logLikelihood);
  // Decode only the readings that could win, best first: a structurally valid reading that
  // iconv-lite still cannot map (an unassigned code) drops out.
  while (readings.length) {
    const r = readings[0];
    if (r.chars < d.minChars || r.score < d.minScore) return null;
    r.text = iconv.decode(Buffer.from(bytes), r.cs.name);
    if (!r.text.includes('\uFFFD')) break;
    readings.shift();
  }
  if (!readings.length) return null;
  const best = readings[0];
  // The runner-up is the next reading that decodes too.
  let next: Reading | undefined;
  for (const r of readings.slice(1)) {
    if (best.logLikelihood - r.logLikelihood >= d.minMargin) break; // far enough behind, decodable or not
    r.text = iconv.decode(Buffer.from(bytes), r.cs.name);
    if (!r.text.includes('\uFFFD')) {
      next = r;
      break;
    }
  }
  const margin = next ? best.logLikelihood - next.logLikelihood : Infinity;
  if (margin < d.minMargin) return null;
  // A short span amid clean text of another non-Latin script, which does not back the reading.
  if (best.chars <= d.maxWeakChars && ctx.otherScript >= d.minContextChars && contextPrior(best.cs, ctx) === 0)
    return null;
  const ruleId = `mojibake/${best.cs.short}-as-${misread.short}`;
  if (!isEnabled(ruleId)) return null;
  const trimmed = trimUnchanged(span, best.text);
  const runnerUp = next
    ? `next best ${LABEL[next.cs.short]} ${next.score.toFixed(2)}, ${margin.toFixed(1)} nats behind`
    : 'no other reading decodes';
  return {
    start: at + trimmed.head,
    end: at + span.length - trimmed.tail,
    text: trimmed.text,
    replacement: trimmed.replacement,
    ruleId,
    reason:
      `${LABEL[misread.short]} characters re-read as ${LABEL[best.cs.short]} bytes give ${best.chars} ` +
      `characters with a mean log-share of ${best.score.toFixed(2)} (${runnerUp})`,
    plan: [{ encode: misread.name }, { decode: best.cs.name }],
  };
}
