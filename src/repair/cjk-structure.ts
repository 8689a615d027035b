/**
 * How plausible a run of legacy CJK bytes is as text in one charset, read from that charset's own
 * structure. Every legacy CJK charset is laid out by frequency or by kind: GB2312 puts the 3,755
 * most used hanzi in level 1 (rows B0–D7); Big5 puts the 5,401 frequent characters in A440–C67E;
 * JIS X 0208 puts kana in rows 4–5 and the common kanji in level 1; KS X 1001 puts its 2,350 Hangul
 * syllables in rows B0–C8. Real text lives mostly in the common areas; the same bytes read in the
 * wrong charset land in rare areas, in a script that text would not mix, or with word spaces that
 * the script does not use.
 *
 * A score is the mean weight per double-byte character, minus a penalty per space between two
 * characters in the scripts that do not space words. Weights are named in one place below.
 */

/**
 * The share of a news text's characters that fall in each area of its charset (rough figures; only
 * their orders of magnitude matter). A reading's score is the mean log-share per character, so
 * readings compare as likelihoods: bytes of another charset land in areas real text rarely uses.
 */
export const SHARE = {
  gbk: { level1: 0.8, punct: 0.12, level2: 0.03, symbol: 0.005, kana: 0.001, extension: 0.001 },
  // A Big5 row holds 63 codes with a trail byte 40–7E and 94 with A1–FE. Its first row (A4xx),
  // the one- to three-stroke characters, is about a sixth of real text; it is also where the bytes
  // of EUC-JP hiragana land, so it gets its own share.
  big5: {
    frequentLowTrail: 0.34,
    frequentHighTrail: 0.42,
    firstRowHighTrail: 0.09,
    punct: 0.1,
    lessFrequent: 0.03,
    symbol: 0.005,
    rare: 0.001,
  },
  jis: { kana: 0.45, level1: 0.4, punct: 0.08, level2: 0.02, symbol: 0.005, halfwidthKana: 0.002, rare: 0.001 },
  ksx: { hangul: 0.88, punct: 0.03, symbol: 0.005, hanja: 0.005, uhcExtension: 0.003, rare: 0.001 },
} as const;

/** Log-share charged per ASCII space between two characters of a script that does not space words. */
export const UNSPACED_GAP_SHARE = 0.05;
/**
 * Log-share charged per run of ASCII letters between two wide characters. Real CJK text embeds a
 * Latin word now and then; Latin text misread as CJK (an accented capital followed by plain letters)
 * does it at every turn.
 */
export const EMBEDDED_LATIN_RUN_SHARE = 0.01;
/** Japanese text of this many characters with no kana at all is implausible… */
export const KANA_EXPECTED_AFTER = 6;
/** …and is charged this log-share once. */
export const NO_KANA_SHARE = 0.01;

export interface LegacyCharset {
  /** iconv-lite name used in plans. */
  readonly name: string;
  /** Short name used in rule ids: `gbk`, `big5`, `sjis`, `eucjp`, `euckr`. */
  readonly short: string;
  /** Whether the script separates words with spaces (Korean does; Chinese and Japanese do not). */
  readonly spacesWords: boolean;
  /** Whether the script's real text holds kana (Japanese). */
  readonly expectsKana: boolean;
  /**
   * Walk the bytes: for each character, its byte length and share (see SHARE); null on a
   * structural error. Single ASCII bytes get length 1 and share null (not counted).
   */
  readonly unit: (bytes: Uint8Array, i: number) => Unit | null;
}

const inRange = (b: number, lo: number, hi: number): boolean => b >= lo && b <= hi;
const isLetter = (b: number): boolean => inRange(b | 0x20, 0x61, 0x7a);

interface Unit {
  len: number;
  share: number | null;
  kana: boolean;
}
const ascii: Unit = { len: 1, share: null, kana: false };
const dbl = (share: number, kana = false): Unit => ({ len: 2, share, kana });
const G = SHARE.gbk;
const B = SHARE.big5;
const J = SHARE.jis;
const K = SHARE.ksx;

function gbkUnit(bytes: Uint8Array, i: number) {
  const b1 = bytes[i];
  if (b1 < 0x80) return ascii;
  const b2 = bytes[i + 1];
  if (b2 === undefined || !inRange(b1, 0x81, 0xfe) || !inRange(b2, 0x40, 0xfe) || b2 === 0x7f) return null;
  if (b2 < 0xa1 || b1 < 0xa1) return dbl(G.extension);
  if (b1 === 0xa1 || b1 === 0xa3) return dbl(G.punct); // punctuation, full-width forms
  if (b1 === 0xa4 || b1 === 0xa5) return dbl(G.kana, true);
  if (inRange(b1, 0xa2, 0xa9)) return dbl(G.symbol);
  if (inRange(b1, 0xb0, 0xd7)) return dbl(G.level1);
  if (inRange(b1, 0xd8, 0xf7)) return dbl(G.level2);
  return dbl(G.extension);
}

function big5Unit(bytes: Uint8Array, i: number) {
  const b1 = bytes[i];
  if (b1 < 0x80) return ascii;
  const b2 = bytes[i + 1];
  if (b2 === undefined || !inRange(b1, 0x81, 0xfe) || !(inRange(b2, 0x40, 0x7e) || inRange(b2, 0xa1, 0xfe))) return null;
  const code = (b1 << 8) | b2;
  if (inRange(code, 0xa140, 0xa1ff)) return dbl(B.punct);
  if (inRange(code, 0xa240, 0xa3bf)) return dbl(B.symbol);
  if (inRange(code, 0xa440, 0xc67e)) {
    if (b2 < 0x80) return dbl(B.frequentLowTrail);
    return dbl(b1 === 0xa4 ? B.firstRowHighTrail : B.frequentHighTrail);
  }
  if (inRange(code, 0xc940, 0xf9d5)) return dbl(B.lessFrequent);
  return dbl(B.rare);
}

function sjisUnit(bytes: Uint8Array, i: number) {
  const b1 = bytes[i];
  if (b1 < 0x80) return ascii;
  if (inRange(b1, 0xa1, 0xdf)) return { len: 1, share: J.halfwidthKana, kana: true };
  const b2 = bytes[i + 1];
  if (b2 === undefined || !(inRange(b1, 0x81, 0x9f) || inRange(b1, 0xe0, 0xfc))) return null;
  if (!inRange(b2, 0x40, 0xfc) || b2 === 0x7f) return null;
  const code = (b1 << 8) | b2;
  if (b1 === 0x81) return dbl(J.punct);
  if (inRange(code, 0x829f, 0x82f1) || inRange(code, 0x8340, 0x8396)) return dbl(J.kana, true);
  if (inRange(code, 0x889f, 0x9872)) return dbl(J.level1);
  if (inRange(code, 0x989f, 0xeaa4)) return dbl(J.level2);
  if (b1 === 0x82 || b1 === 0x83 || b1 === 0x84) return dbl(J.symbol);
  return dbl(J.rare); // NEC and IBM extensions, user-defined area
}

function eucjpUnit(bytes: Uint8Array, i: number) {
  const b1 = bytes[i];
  if (b1 < 0x80) return ascii;
  const b2 = bytes[i + 1];
  if (b2 === undefined) return null;
  if (b1 === 0x8e) return inRange(b2, 0xa1, 0xdf) ? { len: 2, share: J.halfwidthKana, kana: true } : null;
  if (b1 === 0x8f) return bytes[i + 2] === undefined ? null : { len: 3, share: J.rare, kana: false }; // JIS X 0212
  if (!inRange(b1, 0xa1, 0xfe) || !inRange(b2, 0xa1, 0xfe)) return null;
  if (b1 === 0xa1) return dbl(J.punct);
  if (b1 === 0xa4 || b1 === 0xa5) return dbl(J.kana, true);
  if (inRange(b1, 0xb0, 0xcf)) return dbl(J.level1);
  if (inRange(b1, 0xd0, 0xf4)) return dbl(J.level2);
  if (inRange(b1, 0xa2, 0xa8)) return dbl(J.symbol);
  return dbl(J.rare);
}

function euckrUnit(bytes: Uint8Array, i: number) {
  const b1 = bytes[i];
  if (b1 < 0x80) return ascii;
  const b2 = bytes[i + 1];
  if (b2 === undefined || !inRange(b1, 0x81, 0xfe)) return null;
  if (inRange(b1, 0xa1, 0xfe) && inRange(b2, 0xa1, 0xfe)) {
    if (inRange(b1, 0xb0, 0xc8)) return dbl(K.hangul);
    if (b1 === 0xa1) return dbl(K.punct);
    if (inRange(b1, 0xca, 0xfd)) return dbl(K.hanja);
    if (inRange(b1, 0xa2, 0xac)) return dbl(K.symbol);
    return dbl(K.rare);
  }
  // CP949 (UHC) extension: the 8,822 Hangul syllables KS X 1001 left out, mostly unused.
  if (inRange(b2, 0x41, 0x5a) || inRange(b2, 0x61, 0x7a) || inRange(b2, 0x81, 0xfe)) return dbl(K.uhcExtension);
  return null;
}

export const LEGACY_CJK: readonly LegacyCharset[] = [
  { name: 'gbk', short: 'gbk', spacesWords: false, expectsKana: false, unit: gbkUnit },
  { name: 'big5', short: 'big5', spacesWords: false, expectsKana: false, unit: big5Unit },
  { name: 'shift_jis', short: 'sjis', spacesWords: false, expectsKana: true, unit: sjisUnit },
  { name: 'euc-jp', short: 'eucjp', spacesWords: false, expectsKana: true, unit: eucjpUnit },
  { name: 'euc-kr', short: 'euckr', spacesWords: true, expectsKana: false, unit: euckrUnit },
];

export interface Plausibility {
  /** Mean log-share per character (0 is perfect; log(0.15) ≈ -1.9 is poor). */
  score: number;
  /** Sum of log-shares: readings of the same bytes compare by this. */
  logLikelihood: number;
  chars: number;
}

/** The plausibility of `bytes` as text in `cs`; null when the bytes break its structure. */
export function plausibility(bytes: Uint8Array, cs: LegacyCharset): Plausibility | null {
  let sum = 0;
  let chars = 0;
  let kana = 0;
  let lastWideEnd = -10;
  let spaceAfterWide = false;
  let lettersSinceWide = false;
  for (let i = 0; i < bytes.length; ) {
    const u = cs.unit(bytes, i);
    if (!u) return null;
    if (u.share === null) {
      const b = bytes[i];
      spaceAfterWide = b === 0x20 && (spaceAfterWide || lastWideEnd === i);
      if (isLetter(b) && chars > 0) lettersSinceWide = true;
    } else {
      if (spaceAfterWide && !cs.spacesWords) sum += Math.log(UNSPACED_GAP_SHARE);
      if (lettersSinceWide) sum += Math.log(EMBEDDED_LATIN_RUN_SHARE);
      // A letter as trail byte with more letters after it is a Latin word going on.
      if (u.len === 2 && isLetter(bytes[i + 1]) && isLetter(bytes[i + 2])) sum += Math.log(EMBEDDED_LATIN_RUN_SHARE);
      spaceAfterWide = false;
      lettersSinceWide = false;
      sum += Math.log(u.share);
      chars++;
      if (u.kana) kana++;
      lastWideEnd = i + u.len;
    }
    i += u.len;
  }
  if (chars === 0) return null;
  if (cs.expectsKana && kana === 0 && chars >= KANA_EXPECTED_AFTER) sum += Math.log(NO_KANA_SHARE);
  return { score: sum / chars, logLikelihood: sum, chars };
}
