/**
 * `copydesk check DIR [--update]`: every fixture input under DIR against its sibling
 * `NAME.expected.json`, through the same pool and ordered run as cleaning. Prints one line per
 * input (a readable diff under each mismatch) and a summary; exit 1 on any mismatch or failure.
 */
import type { CheckCommand } from './args.js';
import { CHECK_CODES, isCheckInput } from './golden-check.js';
import type { BatchRun } from './run.js';

export async function runCheck(c: CheckCommand, run: BatchRun): Promise<number> {
  const outcome = await run.run(
    {
      source: { paths: [c.dir], input: 'files', stdin: process.stdin, accept: isCheckInput },
      config: { mode: 'auto', explain: false, report: false },
      check: { update: c.update },
      format: null,
      jobs: c.jobs,
      outDir: null,
      reportFile: null,
      progress: !c.quiet && process.stderr.isTTY === true,
      logErrors: false,
    },
    process.stdout,
  );
  if (outcome.interrupted) return 130;
  const differs = outcome.codes[CHECK_CODES.differs] ?? 0;
  const missing = outcome.codes[CHECK_CODES.missing] ?? 0;
  const other = outcome.failed - differs - missing;
  const parts = [`${outcome.done} checked`, `${differs} differ`, `${missing} without golden`];
  if (other) parts.push(`${other} failed`);
  process.stdout.write(`${c.update ? 'updated: ' : ''}${parts.join(', ')}\n`);
  return outcome.failed ? 1 : 0;
}
