/**
 * Injected spam: a short run in another script than the document's dominant one, appended to a
 * short line (a site-name line, a heading). The block alone is handled by the first pass; this
 * strips the suffix and keeps the line, with a note.
 */
import { SETTINGS as S } from '../rules/settings.js';
import { countScripts } from './features.js';
import { foreignScript } from './first-pass.js';
import type { Features } from './features.js';
import type { DocStats } from './types.js';
import type { Note } from '../types.js';

/** Lines longer than this (words) are prose; a foreign phrase inside prose is a quotation, not spam. */
const MAX_LINE_WORDS = 8;

export function stripForeignSuffix(text: string, doc: DocStats): { rest: string; note: Note } | null {
  const m = /^(.*\S)\s+(\S{1,64})$/u.exec(text);
  if (!m || m[1].split(/\s+/).length > MAX_LINE_WORDS - 1 || m[2].length > S.foreignFragmentMaxChars) return null;
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
