/**
 * The golden form of an article for `copydesk check`: the fields and paragraphs a reviewer reads,
 * plus each note's rule, action and line (reasons carry measured values that move with every
 * tuning, so they stay out of goldens). The diff speaks of fields and paragraphs, not JSON.
 */
import type { Article } from '../types.js';

export interface Golden {
  headline: string | null;
  dateline: Article['dateline'];
  byline: string | null;
  source: Article['source'];
  language: string | null;
  paragraphs: string[];
  notes: string[];
}

export function toGolden(a: Article): Golden {
  return {
    headline: a.headline,
    dateline: a.dateline,
    byline: a.byline,
    source: a.source,
    language: a.language,
    paragraphs: a.paragraphs,
    notes: a.notes.map((n) => `${n.ruleId} ${n.action}${typeof n.line === 'number' ? ` line ${n.line}` : ''}`),
  };
}

export function serializeGolden(g: Golden): string {
  return JSON.stringify(g, null, 2) + '\n';
}

const show = (v: unknown) => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v));
const cut = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Paragraph lists compared by their longest common subsequence: added, removed, changed. */
function diffList(name: string, expected: string[], actual: string[]): string[] {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = expected[i] === actual[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      i++;
      j++;
    } else if (i < n && j < m && lcs[i + 1][j + 1] === lcs[i][j]) {
      out.push(`${name} ${i + 1} changed:`, `  - ${cut(expected[i])}`, `  + ${cut(actual[j])}`);
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push(`${name} ${j + 1} added: + ${cut(actual[j])}`);
      j++;
    } else {
      out.push(`${name} ${i + 1} removed: - ${cut(expected[i])}`);
      i++;
    }
  }
  return out;
}

/** Readable differences between a golden file's text and the current golden text. */
export function diffGolden(expectedText: string, actualText: string): string[] {
  let expected: Partial<Golden>;
  try {
    expected = JSON.parse(expectedText) as Partial<Golden>;
  } catch (e) {
    return [`the golden is not JSON (${(e as Error).message})`];
  }
  const actual = JSON.parse(actualText) as Golden;
  const out: string[] = [];
  for (const field of ['headline', 'dateline', 'byline', 'source', 'language'] as const) {
    const a = show(expected[field]);
    const b = show(actual[field]);
    if (a !== b) out.push(`${field}: ${cut(a)} → ${cut(b)}`);
  }
  out.push(...diffList('paragraph', expected.paragraphs ?? [], actual.paragraphs));
  out.push(...diffList('note', expected.notes ?? [], actual.notes));
  return out;
}
