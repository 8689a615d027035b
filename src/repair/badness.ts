/**
 * A fast damage score: how many implausible character sequences a text holds. Clean text in any
 * script scores 0; text read in the wrong charset scores high. Used to decide whether a repair
 * made text better, and by byte decoding to catch a wrong charset declaration.
 *
 * The character categories and the sequence patterns follow python-ftfy's `badness.py`
 * (Apache-2.0, Robyn Speer), which were tuned on real mojibake; copydesk adds mixed-script words
 * and mid-word capitals before symbols. ftfy runs them as one big regex; here each character's
 * sets are looked up in a table built once, and the patterns are matched position by position
 * with the regex's semantics (leftmost match, first alternative wins, matches do not overlap), so
 * scoring costs a few table lookups per character.
 */

import iconv from 'iconv-lite';

type Range = readonly [number, number];

const r = (a: string, b = a): Range => [a.codePointAt(0) ?? 0, b.codePointAt(0) ?? 0];
const chars = (s: string): Range[] => [...s].map((c) => r(c));

/** ftfy's character categories. */
const CAT: Record<string, Range[]> = {
  c1: [[0x80, 0x9f]],
  common: chars('\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019'),
  bad: chars('\u00a6\u00a4\u00a8\u00ac\u00af\u00b8\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u2020\u2021\u2030\u2310\u25ca\ufffd\u00aa\u00ba'),
  law: chars('\u00b6\u00a7'),
  currency: chars('\u00a2\u00a3\u00a5\u20a7\u20ac'),
  startPunct: chars('\u00a1\u00ab\u00bf\u00a9\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039'),
  endPunct: chars('\u00ae\u00bb\u02dd\u201d\u203a\u2122'),
  numeric: chars(
    '\u00b2\u00b3\u00b9\u00b1\u00bc\u00bd\u00be\u00d7\u00b5\u00f7\u2044\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265\u2116',
  ),
  kaomoji: [r('\u00d2', '\u00d6'), r('\u00d9', '\u00dc'), r('\u00f2', '\u00f6'), r('\u00f8', '\u00fc'), ...chars('\u0150\u014c\u016a\u0172\u00b0')],
  upperAccented: [
    r('\u00c0', '\u00d1'),
    ...chars(
      '\u00d8\u00dc\u00dd\u0102\u0100\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0112\u0116\u011e\u0122\u0130\u012a\u0136\u0139\u013d\u0141\u013b\u0143\u0147\u0145\u0152\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0178\u0179\u017b\u017d\u0490',
    ),
  ],
  lowerAccented: [
    r('\u00e0', '\u00f1'),
    ...chars(
      '\u00df\u0103\u0105\u0101\u0107\u010d\u010f\u0111\u0119\u011b\u0113\u0117\u011f\u0123\u012f\u012b\u0137\u013a\u013e\u0142\u013c\u0153\u0155\u015b\u015f\u0161\u0165\u00fc\u017a\u017c\u017e\u0491\ufb01\ufb02',
    ),
  ],
  upperCommon: [r('\u0391', '\u03a9'), r('\u0401', '\u042f'), ...chars('\u00de\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u03aa\u03ab')],
  lowerCommon: [r('\u03b1', '\u03c9'), r('\u0430', '\u045f'), ...chars('\u03ac\u03ad\u03ae\u03af\u03b0')],
  box: [r('\u2550', '\u256c'), ...chars('\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593')],
};

/** Sets computed from Unicode properties once, at load. */
const PROPERTY_SETS: Record<string, RegExp> = {
  w: /[\p{L}\p{N}_]/u,
  s: /[\t-\r\x1c-\x1f\x85\p{Z}]/u,
  Ll: /\p{Ll}/u,
  LuNonAscii: /(?![\x00-\x7f])\p{Lu}/u,
  symbolOrNo: /[\p{Sk}\p{Sm}\p{So}\p{Sc}\p{No}]/u,
  notAsciiLetter: /[^A-Za-z]/u,
  notLineBreak: /[^\n\r\u2028\u2029]/u,
};

/** One pattern: a set expression per position (`cat+cat`, or `=chars` for literal characters). */
type Pattern = { sets: string[]; anchored?: boolean };

const P = (...sets: string[]): Pattern => ({ sets });
const ACC_ETC = 'lowerAccented+upperAccented+box+startPunct+endPunct+currency+numeric+law';
const LIT = (s: string): string => `=${s}`;

/** In order: at each position the first pattern that matches wins, as in ftfy's alternation. */
const PATTERNS: Pattern[] = [
  P('c1'),
  P(`bad+${ACC_ETC}`, 'bad'),
  P('=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 'lowerCommon+upperCommon', 'bad'),
  P('bad', ACC_ETC),
  P('lowerAccented+lowerCommon+box+endPunct+currency+numeric', 'upperAccented'),
  P('box+endPunct+currency+numeric', 'lowerAccented'),
  P('lowerAccented+box+endPunct', 'currency'),
  P('s', 'upperAccented', 'currency'),
  P('upperAccented+box', 'numeric+law'),
  P('lowerAccented+upperAccented+box+currency+endPunct', 'startPunct', 'numeric'),
  P('lowerAccented+upperAccented+currency+numeric+box+law', 'endPunct', 'startPunct'),
  P('currency+numeric+box', 'startPunct'),
  P('=abcdefghijklmnopqrstuvwxyz', 'upperAccented', 'startPunct+currency'),
  P('box', 'kaomoji'),
  P('lowerAccented+upperAccented+currency+numeric+startPunct+endPunct+law', 'box'),
  P('box', 'endPunct'),
  P('lowerAccented+upperAccented', 'startPunct+endPunct', 'w'),
  P(LIT('\u0152\u0153'), 'notAsciiLetter'),
  P('upperAccented', LIT('\u00b0')),
  P(
    LIT('\u00c2\u00c3\u00ce\u00d0'),
    `startPunct+endPunct+${LIT('\u20ac\u0153\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad\u00ae\u00a9\u00b0\u00b7\u00bb\u2013\u2014\u00b4')}`,
  ),
  P(LIT('\u00d7'), LIT('\u00b2\u00b3')),
  P(
    LIT('\u00d8\u00d9'),
    `common+currency+bad+numeric+startPunct+${LIT('\u0178\u0160\u00ae\u00b0\u00b5\u00bb')}`,
    LIT('\u00d8\u00d9'),
    `common+currency+bad+numeric+startPunct+${LIT('\u0178\u0160\u00ae\u00b0\u00b5\u00bb')}`,
  ),
  P(LIT('\u00e0'), LIT('\u00b2\u00b5\u00b9\u00bc\u00bd\u00be')),
  P(LIT('\u221a'), LIT('\u00b1\u2202\u2020\u2260\u00ae\u2122\u00b4\u2264\u2265\u00a5\u00b5\u00f8')),
  P(LIT('\u2248'), LIT('\u00b0\u00a2')),
  P(LIT('\u201a'), LIT('\u00c4'), LIT('\u00ec\u00ee\u00ef\u00f2\u00f4\u00fa\u00f9\u00fb\u2020\u00b0\u00a2\u03c0')),
  P(LIT('\u201a'), LIT('\u00e2\u00f3'), LIT('\u00e0\u00e4\u00b0\u00ea')),
  P(LIT('\u0432'), LIT('\u0402')),
  P(LIT('\u0412\u0413\u0420\u0421'), `c1+bad+startPunct+endPunct+currency+${LIT('\u00b0\u00b5')}`, LIT('\u0412\u0413\u0420\u0421')),
  P(LIT('\u0413'), LIT('\u045e'), LIT('\u0412'), LIT('\u0402'), LIT('\u0412'), 'notLineBreak', LIT('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ')),
  P(LIT('\u00c3'), LIT('\u00a0\u00a1')),
  P(LIT('abcdefghijklmnopqrstuvwxyz'), LIT('\u00c3\u00c2'), LIT(' ')),
  P(LIT('abcdefghijklmnopqrstuvwxyz'), 's', LIT('\u00c3\u00c2'), LIT(' ')),
  { sets: [LIT('\u00c3\u00c2'), LIT(' ')], anchored: true },
  P(`endPunct+${LIT('abcdefghijklmnopqrstuvwxyz.,?!')}`, LIT('\u00c2'), `startPunct+endPunct+${LIT(' ')}`),
  P(LIT('\u03b2'), LIT('\u20ac'), LIT('\u2122\u00a0\u0386\u00ad\u00ae\u00b0')),
  P(LIT('\u0392\u0393\u039e\u039f'), `c1+bad+startPunct+endPunct+currency+${LIT('\u00b0')}`, LIT('\u0392\u0393\u039e\u039f')),
  P(LIT('\u0101'), LIT('\u20ac')),
  // copydesk: a Latin letter glued to a Cyrillic one inside a word ("seehadaytiinГґ"), or to the
  // Greek letters MacRoman shows (π, Ω). Other Greek is left out: science writes Greek letters
  // inside Latin words ("IL2Rγc", "TNFα").
  // Known false positive: deliberate homoglyph spam, which is not clean text either.
  P('latinLetter', 'cyrillic+=\u03c0\u03a9'),
  P('cyrillic+=\u03c0\u03a9', 'latinLetter'),
  // copydesk: a lower-case letter, a non-ASCII capital, then a symbol, inside a word ("hebeltĂ´").
  P('Ll', 'LuNonAscii', 'symbolOrNo'),
  // copydesk: a lower-case letter, then cp1250's look-alike of a UTF-8 lead byte C2–C5 (a capital),
  // then one of its continuation bytes 80–BF, inside a word ("nungkanĂşiaya", "drĹľave").
  P('Ll', LIT('\u00c2\u0102\u00c4\u0139'), 'cp1250Continuation'),
  // copydesk: an inverted question mark read as cp1250 ("Âż").
  P(LIT('\u00c2'), LIT('\u017c')),
];

CAT.latinLetter = [r('A', 'Z'), r('a', 'z'), r('\u00c0', '\u024f')];
CAT.cp1250Continuation = [...iconv.decode(Buffer.from(Array.from({ length: 0x40 }, (_, i) => 0x80 + i)), 'windows-1250')]
  .filter((ch) => ch !== '\ufffd')
  .map((ch) => r(ch));
CAT.cyrillic = [r('\u0400', '\u04ff')];

// ---- compile: one bit per distinct set in a table of words per code unit, built once ----

/** Every BMP code unit but the surrogates, in order, as one string (while the tables are built). */
function allCodeUnits(): string {
  let all = '';
  const units: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
  for (let i = 0; i < units.length; i += 4096) all += String.fromCharCode(...units.slice(i, i + 4096));
  return all;
}

/** The code unit at position `i` of allCodeUnits() (the surrogates are left out of it). */
const unitAt = (i: number): number => (i < 0xd800 ? i : i + 0x800);

/**
 * The code units of a property set, as ranges: one global scan of the string of all code units
 * for runs of members, so that the engine walks each run itself (a match per code unit cost a
 * regex call per member, and sets such as "not an ASCII letter" hold almost every code unit).
 */
function propertyRanges(re: RegExp, all: string): Range[] {
  const out: Range[] = [];
  const runs = new RegExp(`(?:${re.source})+`, 'gu');
  for (let m = runs.exec(all); m; m = runs.exec(all)) {
    // Every member is one code unit (the string holds no surrogates); a run may span their gap.
    const first = unitAt(m.index);
    const last = unitAt(runs.lastIndex - 1);
    if (first < 0xd800 && last > 0xdfff) out.push([first, 0xd7ff], [0xe000, last]);
    else out.push([first, last]);
  }
  return out;
}

/** The code units of a set expression (`cat+cat+=literals`) as ranges, which may overlap; property sets are scanned once each. */
function rangesOf(expr: string, properties: Map<string, Range[]>, all: () => string): Range[] {
  const out: Range[] = [];
  for (const part of expr.split('+').filter(Boolean)) {
    if (part.startsWith('=')) for (const ch of part.slice(1)) out.push([ch.charCodeAt(0), ch.charCodeAt(0)]);
    else if (CAT[part]) out.push(...CAT[part]);
    else if (PROPERTY_SETS[part]) {
      let ranges = properties.get(part);
      if (!ranges) properties.set(part, (ranges = propertyRanges(PROPERTY_SETS[part], all())));
      out.push(...ranges);
    } else throw new Error(`unknown badness set ${part}`);
  }
  return out;
}

/** Sets `bits` in `table[c * stride + word]` for every code unit c of `ranges`. */
function mark(ranges: readonly Range[], table: Int32Array, stride: number, word: number, bits: number): void {
  if (bits === 0) return;
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) table[c * stride + word] |= bits;
}

/** The compiled tables, built on first use (about 100 ms of CPU; it was 300 ms while every set was a loop over all code units). */
let COMPILED: { bits: number[]; anchored: boolean }[] = [];
let WORDS = 0;
/** Bit `b` of a code unit's words: the character is in set `b`. */
let TABLE = new Int32Array(0);
/** Bits of the anchored patterns, which match only at the start of the text. */
let ANCHORED_LO = 0;
let ANCHORED_HI = 0;
/** Class of each code unit; class 0 is "starts and continues nothing". */
let CLASS = new Uint8Array(0);
let FIRST_LO: number[] = [];
let FIRST_HI: number[] = [];
let SECOND_LO: number[] = [];
let SECOND_HI: number[] = [];
/** One-set patterns (C1 controls) match whatever follows, the end of the text included. */
let ONE_SET_LO = 0;
let ONE_SET_HI = 0;
let CLASSES = 0;
/**
 * For a character of class `a` then one of class `b`: 0 when no pattern's first two sets hold
 * them; else the length of the match when the first such pattern (in order, the anchored one
 * aside) has at most two sets, which then matches without looking further; else MATCH_AT.
 */
let PAIR = new Uint8Array(0);
const MATCH_AT = 3;
/** Classes that start a one-set pattern: these match at the very end too. */
let ENDS: number[] = [];
let NO_ASCII_TRIPLE = false;
let built = false;

function buildTables(): void {
  built = true;
  const setIndex = new Map<string, number>();
  const setExprs: string[] = [];
  // `=` literals may contain `+`: none of ours do, which keeps the split simple.
  COMPILED = PATTERNS.map((p) => ({
    anchored: p.anchored ?? false,
    bits: p.sets.map((expr) => {
      let i = setIndex.get(expr);
      if (i === undefined) {
        i = setExprs.length;
        setIndex.set(expr, i);
        setExprs.push(expr);
      }
      return i;
    }),
  }));

  // Every loop below runs over the members of a set, not over all code units once per set.
  const properties = new Map<string, Range[]>();
  let all = '';
  const ranges = setExprs.map((expr) => rangesOf(expr, properties, () => (all ||= allCodeUnits())));
  WORDS = Math.ceil(setExprs.length / 32);
  TABLE = new Int32Array(0x10000 * WORDS);
  ranges.forEach((set, b) => mark(set, TABLE, WORDS, b >>> 5, 1 << (b & 31)));

  /**
   * Pattern masks, two 32-bit halves each: FIRST holds the patterns whose first set holds a code
   * unit, SECOND those whose second set does. A match at `i` needs both, so one check of the pair
   * rules out almost every position. Code units with the same masks share a class, so the scan
   * reads one small table per character (cache-friendly) and a class-pair table; the anchored
   * pattern is kept apart.
   */
  if (COMPILED.length > 64) throw new Error('badness: more than 64 patterns');
  CLASS = new Uint8Array(0x10000);
  FIRST_LO = [];
  FIRST_HI = [];
  SECOND_LO = [];
  SECOND_HI = [];
  {
    const masks = [new Int32Array(0x10000), new Int32Array(0x10000), new Int32Array(0x10000), new Int32Array(0x10000)];
    const bit = (k: number): [number, number] => (k < 32 ? [1 << k, 0] : [0, 1 << (k - 32)]);
    COMPILED.forEach((p, k) => {
      const [lo, hi] = bit(k);
      if (p.anchored) {
        ANCHORED_LO |= lo;
        ANCHORED_HI |= hi;
      }
      if (p.bits.length === 1) {
        ONE_SET_LO |= lo;
        ONE_SET_HI |= hi;
      }
      mark(ranges[p.bits[0]], masks[0], 1, 0, lo);
      mark(ranges[p.bits[0]], masks[1], 1, 0, hi);
      if (p.bits.length > 1) {
        mark(ranges[p.bits[1]], masks[2], 1, 0, lo);
        mark(ranges[p.bits[1]], masks[3], 1, 0, hi);
      }
    });
    const ids = new Map<string, number>([['0,0,0,0', 0]]);
    FIRST_LO.push(0);
    FIRST_HI.push(0);
    SECOND_LO.push(0);
    SECOND_HI.push(0);
    for (let c = 0; c < 0x10000; c++) {
      // Neighbouring code units mostly share their masks (and so their class): no key to build.
      if (c > 0 && masks[0][c] === masks[0][c - 1] && masks[1][c] === masks[1][c - 1] && masks[2][c] === masks[2][c - 1] && masks[3][c] === masks[3][c - 1]) {
        CLASS[c] = CLASS[c - 1];
        continue;
      }
      const key = `${masks[0][c]},${masks[1][c]},${masks[2][c]},${masks[3][c]}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = FIRST_LO.length;
        if (id > 0xff) throw new Error('badness: more than 256 character classes');
        ids.set(key, id);
        FIRST_LO.push(masks[0][c]);
        FIRST_HI.push(masks[1][c]);
        SECOND_LO.push(masks[2][c] | ONE_SET_LO);
        SECOND_HI.push(masks[3][c] | ONE_SET_HI);
      }
      CLASS[c] = id;
    }
  }
  CLASSES = FIRST_LO.length;
  PAIR = new Uint8Array(CLASSES * CLASSES);
  for (let a = 0; a < CLASSES; a++)
    for (let b = 0; b < CLASSES; b++) {
      const lo = FIRST_LO[a] & SECOND_LO[b];
      const hi = FIRST_HI[a] & SECOND_HI[b];
      if (!(lo | hi)) continue;
      // The first candidate past the start of the text (where the anchored pattern joins in).
      const free = [lo & ~ANCHORED_LO, hi & ~ANCHORED_HI];
      const k = free[0] ? 31 - Math.clz32(free[0] & -free[0]) : free[1] ? 63 - Math.clz32(free[1] & -free[1]) : -1;
      const n = k < 0 ? 0 : COMPILED[k].bits.length;
      PAIR[a * CLASSES + b] = k >= 0 && n <= 2 ? n : MATCH_AT;
    }
  ENDS = FIRST_LO.map((lo, a) => (lo & ONE_SET_LO) | (FIRST_HI[a] & ONE_SET_HI));
  // badnessAfterEdit's in-step points hold only while no pattern matches three ASCII characters in a row.
  const asciiAt = COMPILED.map((p) => p.bits.map((b) => Array.from({ length: 0x80 }, (_, c) => c).some((c) => inSet(c, b))));
  NO_ASCII_TRIPLE = !asciiAt.some((sets) => sets.some((x, j) => x && sets[j + 1] && sets[j + 2]));
}

function inSet(c: number, b: number): boolean {
  return (TABLE[c * WORDS + (b >>> 5)] & (1 << (b & 31))) !== 0;
}

/** Whether the rest of pattern `k` (from its third set on) matches at `i`. */
function restMatches(text: string, i: number, k: number): boolean {
  const bits = COMPILED[k].bits;
  const n = bits.length;
  if (i + n > text.length) return false;
  for (let j = 2; j < n; j++) if (!inSet(text.charCodeAt(i + j), bits[j])) return false;
  return true;
}

/**
 * Length of the first pattern (in order) matching at `i`, or 0. `a` and `b` are the classes of
 * the code units at `i` and `i + 1` (b is -1 past the end), which the caller has read already.
 */
function matchAt(text: string, i: number, a: number, b: number): number {
  let lo = FIRST_LO[a] & (b < 0 ? ONE_SET_LO : SECOND_LO[b]);
  let hi = FIRST_HI[a] & (b < 0 ? ONE_SET_HI : SECOND_HI[b]);
  if (i !== 0) {
    lo &= ~ANCHORED_LO;
    hi &= ~ANCHORED_HI;
  }
  while (lo !== 0) {
    const k = 31 - Math.clz32(lo & -lo);
    if (restMatches(text, i, k)) return COMPILED[k].bits.length;
    lo &= lo - 1;
  }
  while (hi !== 0) {
    const k = 31 - Math.clz32(hi & -hi);
    if (restMatches(text, i, k + 32)) return COMPILED[k + 32].bits.length;
    hi &= hi - 1;
  }
  return 0;
}

/** The number of implausible sequences in `text` (leftmost, non-overlapping matches). */
export function badness(text: string): number {
  if (!built) buildTables();
  return countFrom(text, 0, text.length);
}

/** Length of the match at `i` (0: none), given the classes of text[i] (`a`) and text[i + 1] (`b`, -1 past the end). */
function lengthAt(text: string, i: number, a: number, b: number): number {
  if (a === 0) return 0;
  if (b < 0) return ENDS[a] !== 0 ? matchAt(text, i, a, b) : 0;
  const p = PAIR[a * CLASSES + b];
  return p === 0 ? 0 : p === MATCH_AT || i === 0 ? matchAt(text, i, a, b) : p;
}

/**
 * The matches a scan of `text` from `from` finds starting before `to`. From 0 that is the whole
 * scan's count; from a position where the whole scan is in step (see inStep), the same matches as
 * the whole scan finds there.
 */
function countFrom(text: string, from: number, to: number): number {
  let n = 0;
  const end = text.length;
  let a = from < end ? CLASS[text.charCodeAt(from)] : 0;
  for (let i = from; i < to; ) {
    // Every pattern that starts with an ASCII character has a non-ASCII one within its next two
    // positions: through a run of ASCII, jump to two before the next non-ASCII character.
    if (text.charCodeAt(i) < 0x80) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) < 0x80) j++;
      if (j === end) break;
      if (j - 2 > i) {
        i = j - 2;
        a = CLASS[text.charCodeAt(i)];
        if (i >= to) break;
      }
    }
    const b = i + 1 < end ? CLASS[text.charCodeAt(i + 1)] : -1;
    const len = lengthAt(text, i, a, b);
    if (len) {
      n++;
      i += len;
      a = i < end ? CLASS[text.charCodeAt(i)] : 0;
    } else {
      i++;
      a = b;
    }
  }
  return n;
}

/**
 * Whether the scan is in step at `at` whatever came before: with two ASCII characters before it
 * and three from it, no match can cover `at` from the left (no pattern matches three ASCII
 * characters in a row, checked when the tables are built, and one starting with ASCII needs a
 * non-ASCII character within its next two), and the scan jumps through the run alike from
 * anywhere in it.
 */
function inStep(text: string, at: number): boolean {
  if (at < 2 || at + 2 >= text.length) return false;
  for (let i = at - 2; i <= at + 2; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * badness(edited), where `edited` is `text` (whose badness is `whole`) with [start, end) replaced:
 * only the stretch between the in-step points around the change is scored again, in both texts.
 */
export function badnessAfterEdit(text: string, whole: number, edited: string, start: number, end: number): number {
  if (!built) buildTables();
  if (!NO_ASCII_TRIPLE) return countFrom(edited, 0, edited.length);
  let from = start - 3;
  while (from > 0 && !inStep(text, from)) from--;
  if (from < 0) from = 0;
  let to = end + 2;
  while (to < text.length && !inStep(text, to)) to++;
  if (to > text.length) to = text.length;
  const delta = edited.length - text.length;
  // Rescoring the stretch twice costs more than scoring the edited text once.
  if (2 * (to - from) >= edited.length) return countFrom(edited, 0, edited.length);
  return whole - countFrom(text, from, to) + countFrom(edited, from, to + delta);
}

/** Builds the tables now if they are not yet (for scans that call matchLengthAt). */
export function ensureBadnessTables(): void {
  if (!built) buildTables();
}

/**
 * Length of the match a badness scan finds at `i` (0 when none), for a scan that reaches `i`:
 * lets another per-character scan count the badness on the way (see lineSignals). Needs the
 * tables built (ensureBadnessTables).
 */
export function matchLengthAt(text: string, i: number): number {
  return lengthAt(text, i, CLASS[text.charCodeAt(i)], i + 1 < text.length ? CLASS[text.charCodeAt(i + 1)] : -1);
}

/** Whether `text` holds any implausible sequence. */
export function isBad(text: string): boolean {
  if (!built) buildTables();
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const a = CLASS[text.charCodeAt(i)];
    if (a === 0) continue;
    const b = i + 1 < end ? CLASS[text.charCodeAt(i + 1)] : -1;
    if ((b < 0 ? ENDS[a] !== 0 : PAIR[a * CLASSES + b] !== 0) && matchAt(text, i, a, b) !== 0) return true;
  }
  return false;
}
