/**
 * `copydesk check DIR [--update]`: every fixture input under DIR against its sibling
 * `NAME.expected.json`, through the same pool and ordered run as cleaning. Prints one line per
 * input (a readable diff under each mismatch) and a summary. Exit 1 on any mismatch or failure;
 * an input without a golden is listed but does not fail (`--update` writes it).
 */
import type { CheckCommand } from './args.js';
import { isCheckInput } from './golden-check.js';
import type { BatchRun } from './run.js';

export async function runCheck(c: CheckCommand, run: BatchRun): Promise<number> {
  const outcome = await run.run(
    {
      source: { paths: [c.dir], input: 'files', stdin: process.stdin, accept: isCheckInput },
      config: { mode: 'auto', explain: false, report: false },
      check: { update: c.update, quiet: c.quiet },
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
  const s = outcome.statuses;
  const checked = outcome.done;
  const errors = outcome.failed - (s.differs ?? 0);
  const parts = [`${checked} input(s)`, `${s.ok ?? 0} ok`, `${s.differs ?? 0} differ`];
  if (s.missing) parts.push(`${s.missing} without golden`);
  if (s.created) parts.push(`${s.created} created`);
  if (s.updated) parts.push(`${s.updated} updated`);
  if (errors) parts.push(`${errors} failed`);
  process.stdout.write(`check: ${parts.join(', ')}\n`);
  return outcome.failed ? 1 : 0;
}
