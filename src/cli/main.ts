#!/usr/bin/env node
/**
 * The `copydesk` command (built to dist/cli.js). Exit status: 0 when every input succeeded, 1 when
 * some failed (or a golden check differs), 2 for a usage error, 130 after an interrupt. When
 * standard output closes early (`| head`), it exits quietly with 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { buildProgram, type CheckCommand, type CleanCommand } from './args.js';
import { runCheck } from './check.js';
import { stdinStream } from './lines.js';
import { BatchRun } from './run.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) {
      const pkg = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'copydesk' && pkg.version) return pkg.version;
    }
  }
  return '0.0.0';
}

let exitCode: number = EXIT.ok;

/** stdout closed by the reader (`| head`): nothing more can be said, so leave quietly. */
function quietOnEpipe(onClose: () => void): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      onClose();
      process.exit(EXIT.ok);
    }
    process.stderr.write(`copydesk: cannot write output: ${e.message}\n`);
    process.exit(EXIT.failed);
  });
}

/** The first SIGINT finishes the record being written and flushes; a second one leaves at once. */
function onInterrupt(stop: () => void): void {
  let count = 0;
  const handler = () => {
    if (++count > 1) process.exit(EXIT.interrupted);
    stop();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

async function clean(c: CleanCommand): Promise<void> {
  const run = new BatchRun();
  quietOnEpipe(() => run.interrupt());
  onInterrupt(() => run.interrupt());
  const outcome = await run.run(
    {
      source: { paths: c.paths, input: c.input, stdin: stdinStream() },
      config: {
        mode: c.mode,
        url: c.url,
        contentType: c.contentType,
        disable: c.disable,
        dom: c.dom,
        explain: c.explain,
        report: c.report !== null,
      },
      format: c.format,
      jobs: c.jobs,
      outDir: c.out,
      reportFile: c.report,
      progress: !c.quiet && process.stderr.isTTY === true,
    },
    process.stdout,
  );
  exitCode = outcome.interrupted ? EXIT.interrupted : outcome.failed ? EXIT.failed : EXIT.ok;
  await run.destroy();
}

async function check(c: CheckCommand): Promise<void> {
  const run = new BatchRun();
  quietOnEpipe(() => run.interrupt());
  onInterrupt(() => run.interrupt());
  exitCode = await runCheck(c, run);
  await run.destroy();
}

async function main(): Promise<void> {
  const program = buildProgram(packageVersion(), clean, check);
  program.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; anything commander refuses is a usage error.
      process.exit(e.exitCode === 0 ? EXIT.ok : EXIT.usage);
    }
    process.stderr.write(`copydesk: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(EXIT.failed);
  }
  // Let stdout drain before leaving; process.exit also stops the worker threads.
  process.stdout.write('', () => process.exit(exitCode));
}

await main();
