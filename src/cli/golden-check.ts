/**
 * `copydesk check`, in a worker: one input against its sibling golden `NAME.expected.json`. The
 * result says ok / differs (with a readable diff) / no golden; `--update` rewrites the golden.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Article } from '../types.js';
import { diffGolden, serializeGolden, toGolden } from './golden.js';
import type { ErrorInfo } from './protocol.js';

/** Extensions `check` reads as inputs (a `.gz` suffix is looked through). */
export const CHECK_INPUT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.bin'] as const;
export const GOLDEN_EXTENSION = '.expected.json';

export const CHECK_CODES = { differs: 'EGOLDEN', missing: 'ENOGOLDEN' } as const;

/** Whether a file in a checked folder is a fixture input. */
export function isCheckInput(path: string): boolean {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  return CHECK_INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** `dir/NAME.ext[.gz]` → `dir/NAME.expected.json`. */
export function goldenPathFor(input: string): string {
  const name = basename(input).replace(/\.gz$/i, '');
  const dot = name.lastIndexOf('.');
  return join(dirname(input), (dot > 0 ? name.slice(0, dot) : name) + GOLDEN_EXTENSION);
}

export interface CheckOutcome {
  /** Lines for the terminal, newline-terminated. */
  text: string;
  error: ErrorInfo | null;
}

export function checkGolden(input: string, article: Article, update: boolean): CheckOutcome {
  const goldenPath = goldenPathFor(input);
  const actual = serializeGolden(toGolden(article));
  const present = existsSync(goldenPath);
  const expected = present ? readFileSync(goldenPath, 'utf8') : null;
  if (expected === actual) return { text: `ok       ${input}\n`, error: null };
  if (update) {
    writeFileSync(goldenPath, actual);
    return { text: `${present ? 'updated' : 'created'}  ${goldenPath}\n`, error: null };
  }
  if (expected === null) {
    return {
      text: `MISSING  ${input}: no ${basename(goldenPath)} (run copydesk check --update to write it)\n`,
      error: { code: CHECK_CODES.missing, message: `no golden ${basename(goldenPath)}` },
    };
  }
  const diff = diffGolden(expected, actual);
  const lines = diff.length ? diff : ['(the golden differs only in layout; run --update to rewrite it)'];
  return {
    text: `DIFFERS  ${input} vs ${basename(goldenPath)}\n${lines.map((l) => `  ${l}\n`).join('')}`,
    error: { code: CHECK_CODES.differs, message: `differs from ${basename(goldenPath)} (${diff.length} changes)` },
  };
}
