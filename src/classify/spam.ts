/**
 * Injected spam: a short run in another script than the document's dominant one, appended to a
 * short line (a site-name line, a heading) or to a page title after its site's name. The block
 * alone is handled by the first pass; this strips the suffix and keeps the line, with a note.
 */
import { SETTINGS as S } from '../rules/settings.js';
import { countScripts } from './features.js';
import { foreignScript } from './first-pass.js';
import type { Features } from './features.js';
import type { DocStats } from './types.js';
import type { Note } from '../types.js';

/** Lines longer than this (words) are prose; a foreign phrase inside prose is a quotation, not spam. */
const MAX_LINE_WORDS = 8;

/** The marks that separate a page title's site name, between spaces ("Headline - Site", "Headline | Site"). */
const TITLE_MARKS = '-|–—·•»';

/** Where the part after the last title separator starts, or -1. */
function afterLastSeparator(line: string): number {
  for (let i = line.length - 3; i >= 0; i--) if (line[i] === ' ' && line[i + 2] === ' ' && TITLE_MARKS.includes(line[i + 1]!)) return i + 3;
  return -1;
}

/** Whether `line` is short (a site-name line, a heading), or a page title whose last part, the site's name, is. */
function isShortLine(line: string): boolean {
  if (line.split(/\s+/).length <= MAX_LINE_WORDS - 1) return true;
  const site = afterLastSeparator(line);
  return site >= 0 && line.slice(site).split(/\s+/).length <= MAX_LINE_WORDS - 1;
}

export function stripForeignSuffix(text: string, doc: DocStats): { rest: string; note: Note } | null {
  const m = /^(.*\S)\s+(\S{1,64})$/u.exec(text);
  if (!m || m[2].length > S.foreignFragmentMaxChars || !isShortLine(m[1])) return null;
  const script = foreignScript({ scripts: countScripts(m[2]) } as Features, doc);
  const restScripts = countScripts(m[1]);
  if (!script || (restScripts[script] ?? 0) > 0) return null;
  return {
    rest: m[1],
    note: {
      ruleId: 'spam/foreign-script-fragment',
      action: 'remove',
      reason: `a ${m[2].length}-character ${script} fragment appended to a ${m[1].split(/\s+/).length}-word line in a document whose letters are ${Math.round(doc.dominantShare * 100)}% ${doc.dominant}`,
      text: m[2],
    },
  };
}
