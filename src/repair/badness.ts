/**
 * A fast damage score: how many implausible character sequences a text holds. Clean text in any
 * script scores 0; text read in the wrong charset scores high. Used to decide whether a repair
 * made text better, and by byte decoding to catch a wrong charset declaration.
 *
 * The character categories and most sequence patterns follow python-ftfy's `badness.py`
 * (Apache-2.0, Robyn Speer), which were tuned on real mojibake; copydesk adds mixed-script words
 * (a Latin letter glued to a Cyrillic or Greek one), which is how mojibake in the Cyrillic and Greek
 * code pages shows.
 */

/** ftfy's character categories, as regex class bodies. */
const CAT = {
  c1: '\\u0080-\\u009f',
  common: '\\u00a0\\u00ad\\u00b7\\u00b4\\u2013\\u2014\\u2015\\u2026\\u2019',
  bad: '\\u00a6\\u00a4\\u00a8\\u00ac\\u00af\\u00b8\\u0192\\u02c6\\u02c7\\u02d8\\u02db\\u02dc\\u2020\\u2021\\u2030\\u2310\\u25ca\\ufffd\\u00aa\\u00ba',
  law: '\\u00b6\\u00a7',
  currency: '\\u00a2\\u00a3\\u00a5\\u20a7\\u20ac',
  startPunct: '\\u00a1\\u00ab\\u00bf\\u00a9\\u0384\\u0385\\u2018\\u201a\\u201c\\u201e\\u2022\\u2039',
  endPunct: '\\u00ae\\u00bb\\u02dd\\u201d\\u203a\\u2122',
  numeric: '\\u00b2\\u00b3\\u00b9\\u00b1\\u00bc\\u00bd\\u00be\\u00d7\\u00b5\\u00f7\\u2044\\u2202\\u2206\\u220f\\u2211\\u221a\\u221e\\u2229\\u222b\\u2248\\u2260\\u2261\\u2264\\u2265\\u2116',
  kaomoji: '\\u00d2-\\u00d6\\u00d9-\\u00dc\\u00f2-\\u00f6\\u00f8-\\u00fc\\u0150\\u014c\\u016a\\u0172\\u00b0',
  upperAccented:
    '\\u00c0-\\u00d1\\u00d8\\u00dc\\u00dd\\u0102\\u0100\\u0104\\u0106\\u010c\\u010e\\u0110\\u0118\\u011a\\u0112\\u0116\\u011e\\u0122\\u0130\\u012a\\u0136\\u0139\\u013d\\u0141\\u013b\\u0143\\u0147\\u0145\\u0152\\u0158\\u015a\\u015e\\u0160\\u0162\\u0164\\u016e\\u0170\\u0178\\u0179\\u017b\\u017d\\u0490',
  lowerAccented:
    '\\u00df\\u00e0-\\u00f1\\u0103\\u0105\\u0101\\u0107\\u010d\\u010f\\u0111\\u0119\\u011b\\u0113\\u0117\\u011f\\u0123\\u012f\\u012b\\u0137\\u013a\\u013e\\u0142\\u013c\\u0153\\u0155\\u015b\\u015f\\u0161\\u0165\\u00fc\\u017a\\u017c\\u017e\\u0491\\ufb01\\ufb02',
  upperCommon: '\\u00de\\u0391-\\u03a9\\u0386\\u0388\\u0389\\u038a\\u038c\\u038e\\u038f\\u03aa\\u03ab\\u0401-\\u042f',
  lowerCommon: '\\u03b1-\\u03c9\\u03ac\\u03ad\\u03ae\\u03af\\u03b0\\u0430-\\u045f',
  box: '\\u2502\\u250c\\u2510\\u2518\\u251c\\u2524\\u252c\\u253c\\u2550-\\u256c\\u2580\\u2584\\u2588\\u258c\\u2590\\u2591\\u2592\\u2593',
} as const;

const W = '[\\p{L}\\p{N}_]';
const S = '[\\t-\\r\\x1c-\\x1f\\x85\\p{Z}]';

function fill(src: string): string {
  return src.replace(/\{([a-z][A-Za-z0-9]*)\}/g, (_m, key: string) => {
    if (key === 'w') return W;
    if (key === 's') return S;
    const body = (CAT as Record<string, string>)[key];
    if (body === undefined) throw new Error(`unknown category ${key}`);
    return body;
  });
}

/** One alternative per line: each names a sequence that clean text almost never holds. */
const PATTERNS = [
  '[{c1}]',
  '[{bad}{lowerAccented}{upperAccented}{box}{startPunct}{endPunct}{currency}{numeric}{law}][{bad}]',
  '[a-zA-Z][{lowerCommon}{upperCommon}][{bad}]',
  '[{bad}][{lowerAccented}{upperAccented}{box}{startPunct}{endPunct}{currency}{numeric}{law}]',
  '[{lowerAccented}{lowerCommon}{box}{endPunct}{currency}{numeric}][{upperAccented}]',
  '[{box}{endPunct}{currency}{numeric}][{lowerAccented}]',
  '[{lowerAccented}{box}{endPunct}][{currency}]',
  '{s}[{upperAccented}][{currency}]',
  '[{upperAccented}{box}][{numeric}{law}]',
  '[{lowerAccented}{upperAccented}{box}{currency}{endPunct}][{startPunct}][{numeric}]',
  '[{lowerAccented}{upperAccented}{currency}{numeric}{box}{law}][{endPunct}][{startPunct}]',
  '[{currency}{numeric}{box}][{startPunct}]',
  '[a-z][{upperAccented}][{startPunct}{currency}]',
  '[{box}][{kaomoji}]',
  '[{lowerAccented}{upperAccented}{currency}{numeric}{startPunct}{endPunct}{law}][{box}]',
  '[{box}][{endPunct}]',
  '[{lowerAccented}{upperAccented}][{startPunct}{endPunct}]{w}',
  '[\\u0152\\u0153][^A-Za-z]',
  '[{upperAccented}]\\u00b0',
  '[\\u00c2\\u00c3\\u00ce\\u00d0][\\u20ac\\u0153\\u0160\\u0161\\u00a2\\u00a3\\u0178\\u017e\\u00a0\\u00ad\\u00ae\\u00a9\\u00b0\\u00b7\\u00bb{startPunct}{endPunct}\\u2013\\u2014\\u00b4]',
  '\\u00d7[\\u00b2\\u00b3]',
  '[\\u00d8\\u00d9][{common}{currency}{bad}{numeric}{startPunct}\\u0178\\u0160\\u00ae\\u00b0\\u00b5\\u00bb][\\u00d8\\u00d9][{common}{currency}{bad}{numeric}{startPunct}\\u0178\\u0160\\u00ae\\u00b0\\u00b5\\u00bb]',
  '\\u00e0[\\u00b2\\u00b5\\u00b9\\u00bc\\u00bd\\u00be]',
  '\\u221a[\\u00b1\\u2202\\u2020\\u2260\\u00ae\\u2122\\u00b4\\u2264\\u2265\\u00a5\\u00b5\\u00f8]',
  '\\u2248[\\u00b0\\u00a2]',
  '\\u201a\\u00c4[\\u00ec\\u00ee\\u00ef\\u00f2\\u00f4\\u00fa\\u00f9\\u00fb\\u2020\\u00b0\\u00a2\\u03c0]',
  '\\u201a[\\u00e2\\u00f3][\\u00e0\\u00e4\\u00b0\\u00ea]',
  '\\u0432\\u0402',
  '[\\u0412\\u0413\\u0420\\u0421][{c1}{bad}{startPunct}{endPunct}{currency}\\u00b0\\u00b5][\\u0412\\u0413\\u0420\\u0421]',
  '\\u0413\\u045e\\u0412\\u0402\\u0412.[A-Za-z ]',
  '\\u00c3[\\u00a0\\u00a1]',
  '[a-z]\\s?[\\u00c3\\u00c2][ ]',
  '^[\\u00c3\\u00c2][ ]',
  '[a-z.,?!{endPunct}]\\u00c2[ {startPunct}{endPunct}]',
  '\\u03b2\\u20ac[\\u2122\\u00a0\\u0386\\u00ad\\u00ae\\u00b0]',
  '[\\u0392\\u0393\\u039e\\u039f][{c1}{bad}{startPunct}{endPunct}{currency}\\u00b0][\\u0392\\u0393\\u039e\\u039f]',
  '\\u0101\\u20ac',
  // copydesk: a Latin letter glued to a Cyrillic or Greek one inside a word ("seehadaytiinГґ").
  // Known false positive: deliberate homoglyph spam, which is not clean text either.
  '[A-Za-z\\u00c0-\\u024f][\\u0370-\\u03ff\\u0400-\\u04ff]',
  '[\\u0370-\\u03ff\\u0400-\\u04ff][A-Za-z\\u00c0-\\u024f]',
  // copydesk: a lower-case letter, a non-ASCII capital, then a symbol, inside a word ("hebeltĂ´").
  '\\p{Ll}(?=[^\\x00-\\x7f])\\p{Lu}[\\p{Sk}\\p{Sm}\\p{So}\\p{Sc}\\p{No}]',
];

const SOURCE = PATTERNS.map(fill).join('|');
const BADNESS_RE = new RegExp(SOURCE, 'gu');
const IS_BAD_RE = new RegExp(SOURCE, 'u');

/** The number of implausible sequences in `text` (non-overlapping matches). */
export function badness(text: string): number {
  BADNESS_RE.lastIndex = 0;
  let n = 0;
  while (BADNESS_RE.exec(text) !== null) n++;
  return n;
}

/** Whether `text` holds any implausible sequence; faster than `badness(text) > 0`. */
export function isBad(text: string): boolean {
  return IS_BAD_RE.test(text);
}
