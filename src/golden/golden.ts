/**
 * Goldens: a readable expected file per fixture. `toGolden` keeps what a reviewer should see
 * (fields, one paragraph per line, one line per note without its reason, since reasons churn);
 * `diffGolden` says what changed in plain lines.
 */
import type { Article, Dateline, Note, Source } from '../types.js';

export interface Golden {
  headline: string | null;
  dateline: Dateline | null;
  byline: string | null;
  source: Source | null;
  language: string | null;
  paragraphs: string[];
  notes: string[];
}

const NOTE_TEXT_CHARS = 100;

/** One readable line per note: `L<line> <action> <ruleId>: <text>[ → <replacement>]`. */
export function noteLine(n: Note): string {
  const text = n.text.replace(/\s+/g, ' ').slice(0, NOTE_TEXT_CHARS);
  const replacement = n.replacement !== undefined ? ` → ${n.replacement.replace(/\s+/g, ' ').slice(0, NOTE_TEXT_CHARS)}` : '';
  return `L${n.line ?? '-'} ${n.action} ${n.ruleId}: ${text}${replacement}`;
}

export function toGolden(article: Article): Golden {
  return {
    headline: article.headline,
    dateline: article.dateline,
    byline: article.byline,
    source: article.source,
    language: article.language,
    paragraphs: article.paragraphs,
    notes: article.notes.map(noteLine),
  };
}

export const serializeGolden = (g: Golden): string => JSON.stringify(g, null, 2) + '\n';

const show = (v: unknown): string => JSON.stringify(v);
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}...` : s);

/** Lines describing how `actual` differs from `expected`; empty when they are equal. */
export function diffGolden(expected: Golden, actual: Golden): string[] {
  const out: string[] = [];
  for (const key of ['headline', 'dateline', 'byline', 'source', 'language'] as const) {
    if (show(expected[key]) !== show(actual[key])) out.push(`${key}: ${show(expected[key])} → ${show(actual[key])}`);
  }
  out.push(...diffList('paragraph', expected.paragraphs, actual.paragraphs));
  out.push(...diffList('note', expected.notes, actual.notes));
  return out;
}

/** Items added, removed or changed, by index, aligned on their common prefix and suffix. */
function diffList(what: string, a: string[], b: string[]): string[] {
  const out: string[] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const aMid = a.slice(head, a.length - tail);
  const bMid = b.slice(head, b.length - tail);
  const common = Math.min(aMid.length, bMid.length);
  for (let i = 0; i < common; i++) out.push(`${what} ${head + i + 1} changed: ${show(clip(aMid[i]))} → ${show(clip(bMid[i]))}`);
  for (let i = common; i < aMid.length; i++) out.push(`${what} ${head + i + 1} removed: ${show(clip(aMid[i]))}`);
  for (let i = common; i < bMid.length; i++) out.push(`${what} ${head + i + 1} added: ${show(clip(bMid[i]))}`);
  return out;
}
