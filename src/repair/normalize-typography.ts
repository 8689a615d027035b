/**
 * normalizeTypography (option, off by default): straighten curly quotes and fold full-width ASCII
 * forms. This is not repair: clean text keeps its typography unless the caller asks.
 */
import type { LineFixer, SpanFix } from './types.js';

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
};
const QUOTE_RUN_RE = /[\u2018-\u201f]+/g;
/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space. */
const WIDE_RUN_RE = /[\uff01-\uff5e\u3000]+/g;

function runs(line: string, re: RegExp, ruleId: string, map: (ch: string) => string, what: string): SpanFix[] {
  const fixes: SpanFix[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const replacement = [...m[0]].map(map).join('');
    if (replacement === m[0]) continue;
    fixes.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      replacement,
      ruleId,
      reason: `${m[0].length} ${what} made plain, as asked (normalizeTypography)`,
      plan: [{ apply: ruleId.slice(ruleId.indexOf('/') + 1) }],
    });
  }
  return fixes;
}

// The replacers use their own regexes: the scans above keep state in theirs.
export const uncurlQuotes = (text: string): string =>
  text.replace(/[\u2018-\u201f]+/g, (s) => [...s].map((c) => QUOTES[c] ?? c).join(''));
export const foldWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000]+/g, (s) =>
    [...s].map((c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).join(''),
  );

export const normalizeTypography: LineFixer = (line, isEnabled) => [
  ...(isEnabled('typography/uncurl-quotes')
    ? runs(line, QUOTE_RUN_RE, 'typography/uncurl-quotes', (c) => QUOTES[c] ?? c, 'curly quotes')
    : []),
  ...(isEnabled('typography/fold-width') ? runs(line, WIDE_RUN_RE, 'typography/fold-width', (c) => foldWidth(c), 'full-width characters') : []),
];
