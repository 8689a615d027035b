/**
 * fixC1Controls: C1 control characters (U+0080–U+009F) left in text are cp1252 bytes that were
 * decoded as Latin-1: `\x85` was `…`, `\x93`/`\x94` were curly quotes. Runs after the other fixers,
 * so C1 characters that belong to UTF-8 or legacy CJK damage are repaired as that first.
 */
import { LATIN1, SLOPPY_CP1252 } from './charsets.js';
import type { LineFixer, SpanFix } from './types.js';

/** C1 characters that cp1252 defines (0x81, 0x8D, 0x8F, 0x90 and 0x9D it does not). */
const C1_RUN_RE = /[\u0080\u0082-\u008c\u008e\u0091-\u009c\u009e\u009f]+/g;

export const fixC1Controls: LineFixer = (line, isEnabled, signals) => {
  const ruleId = 'mojibake/c1-controls';
  if (!signals.damageMark || !isEnabled(ruleId)) return [];
  const fixes: SpanFix[] = [];
  C1_RUN_RE.lastIndex = 0;
  for (let m = C1_RUN_RE.exec(line); m !== null; m = C1_RUN_RE.exec(line)) {
    // Followed by a Latin-1 high character, a C1 byte is a lead byte of legacy CJK damage that
    // was not repaired, not punctuation: leave it.
    if (/[\u00a0-\u00ff]/.test(line[m.index + m[0].length] ?? '')) continue;
    let replacement = '';
    for (const ch of m[0]) replacement += SLOPPY_CP1252.decodeTable[ch.charCodeAt(0)];
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
        .padStart(4, '0')}…) read as the cp1252 bytes they were`,
      plan: [{ encode: LATIN1.name }, { decode: SLOPPY_CP1252.name }],
    });
  }
  return fixes;
};
