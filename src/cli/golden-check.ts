/**
 * `copydesk check`, in a worker: one input against its sibling golden `NAME.expected.json`, using
 * the project's golden form (src/golden: fields, paragraphs, one line per note without its reason).
 * The result says ok / differs (with a readable diff) / no golden yet; `--update` writes the golden.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { diffGolden, expectedPathFor, serializeGolden, toGolden, type Golden } from '../golden/index.js';
import { INPUT_EXTENSIONS } from '../golden/fixtures.js';
import type { Article } from '../types.js';
import type { ErrorInfo } from './protocol.js';

export const CHECK_CODES = { differs: 'EGOLDEN', badGolden: 'EGOLDENJSON' } as const;

/** Whether a file in a checked folder is a fixture input: the golden module's extensions, never an expectation. */
export function isCheckInput(path: string): boolean {
  const name = basename(path);
  return INPUT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.includes('.expected.');
}

export type CheckStatus = 'ok' | 'differs' | 'missing' | 'created' | 'updated';

export interface CheckOutcome {
  status: CheckStatus;
  /** Lines for the terminal, newline-terminated. */
  text: string;
  error: ErrorInfo | null;
}

export function checkGolden(input: string, article: Article, update: boolean): CheckOutcome {
  const goldenPath = expectedPathFor(input);
  const golden = basename(goldenPath);
  const actual = toGolden(article);
  const actualText = serializeGolden(actual);
  const expectedText = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8') : null;
  if (expectedText === actualText) return { status: 'ok', text: `ok       ${input}\n`, error: null };
  if (update) {
    writeFileSync(goldenPath, actualText);
    const status = expectedText === null ? 'created' : 'updated';
    return { status, text: `${status.padEnd(8)} ${goldenPath}\n`, error: null };
  }
  if (expectedText === null) {
    return { status: 'missing', text: `no golden ${input} (copydesk check --update writes ${golden})\n`, error: null };
  }
  let diff: string[];
  try {
    diff = diffGolden(JSON.parse(expectedText) as Golden, actual);
  } catch (e) {
    const message = `${golden} is not a readable golden: ${(e as Error).message}`;
    return { status: 'differs', text: `DIFFERS  ${input}\n  ${message}\n`, error: { code: CHECK_CODES.badGolden, message } };
  }
  const lines = diff.length ? diff : [`${golden} differs only in layout (copydesk check --update rewrites it)`];
  return {
    status: 'differs',
    text: `DIFFERS  ${input} (expected ${golden})\n${lines.map((l) => `  ${l}\n`).join('')}`,
    error: { code: CHECK_CODES.differs, message: `differs from ${golden}: ${lines.length} change(s)` },
  };
}
