/**
 * fixC1Controls: C1 control characters (U+0080–U+009F) left in text are cp1252 bytes that were
 * decoded as Latin-1: `\x85` was `…`, `\x93`/`\x94` were curly quotes. Runs after the other fixers,
 * so C1 characters that belong to UTF-8 or legacy CJK damage are repaired as that first.
 *
 * Inside words, MacRoman bytes read as Latin-1 look the same (`Coatl\x87n` for `Coatlán`): when
 * cp1252 would put a symbol inside a word (`Coatl‡n`) and MacRoman a letter at every such place,
 * the line's C1 characters are read as MacRoman (`mojibake/macroman-as-latin1`).
 */
import { LATIN1, SLOPPY_CP1252, UTF8_MISREADS } from './charsets.js';

const MACROMAN = UTF8_MISREADS.find((cs) => cs.short === 'macroman');
const LETTER = /\p{L}/u;
/** cp1252 punctuation that clean text puts right after a letter (apostrophes, quotes, dashes, ellipsis). */
const AFTER_LETTER_PUNCT = new Set(['\u2019', '\u2018', '\u201d', '\u201c', '\u2026', '\u2013', '\u2014']);

/** Whether the line's C1 characters after letters read as MacRoman letters, and some not as cp1252 ones. */
function readsAsMacRoman(line: string): boolean {
  if (!MACROMAN) return false;
  let afterLetter = 0;
  let cp1252Odd = 0;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80 || c > 0x9f || !LETTER.test(line[i - 1])) continue;
    afterLetter++;
    const mac = MACROMAN.decodeTable[c];
    if (!mac || !LETTER.test(mac)) return false;
    const win = SLOPPY_CP1252.decodeTable[c];
    if (!LETTER.test(win) && !AFTER_LETTER_PUNCT.has(win)) cp1252Odd++;
  }
  return afterLetter > 0 && cp1252Odd > 0;
}
import type { LineFixer, SpanFix } from './types.js';

/** C1 characters that cp1252 defines (0x81, 0x8D, 0x8F, 0x90 and 0x9D it does not). */
const C1_RUN_RE = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]+/g;

export const fixC1Controls: LineFixer = (line, isEnabled, signals) => {
  if (!signals.damageMark) return [];
  const mac = MACROMAN && readsAsMacRoman(line) && isEnabled('mojibake/macroman-as-latin1') ? MACROMAN : null;
  const target = mac ?? SLOPPY_CP1252;
  const ruleId = mac ? 'mojibake/macroman-as-latin1' : 'mojibake/c1-controls';
  if (!isEnabled(ruleId)) return [];
  const fixes: SpanFix[] = [];
  const runs = mac ? /[\u0080-\u009f]+/g : C1_RUN_RE;
  runs.lastIndex = 0;
  for (let m = runs.exec(line); m !== null; m = runs.exec(line)) {
    // Followed by a Latin-1 high character, a C1 byte is a lead byte of legacy CJK damage that
    // was not repaired, not punctuation: leave it.
    if (/[\u00a0-\u00ff]/.test(line[m.index + m[0].length] ?? '')) continue;
    let replacement = '';
    for (const ch of m[0]) replacement += target.decodeTable[ch.charCodeAt(0)];
    fixes.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      replacement,
      ruleId,
      reason: `${m[0].length} C1 control character${m[0].length > 1 ? 's' : ''} (U+${m[0]
        .charCodeAt(0)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')}…) read as the ${mac ? 'MacRoman letters inside words' : 'cp1252 bytes'} they were`,
      plan: [{ encode: LATIN1.name }, { decode: target.name }],
    });
  }
  return fixes;
};
